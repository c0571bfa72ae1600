/** The query of `GET /reports/annual` for a municipality's (or one school's) report. */
export function reportQuery(municipality: string, organization: string | undefined, year: number, format: 'pdf' | 'xlsx' | 'html') {
  return { municipality, organization, year, format };
}

/** The name a download falls back to when the server's Content-Disposition is unreadable. */
export function reportFileName(municipality: string, organization: string | undefined, year: number, format: 'pdf' | 'xlsx'): string {
  return `orientir-otchet-${municipality}${organization ? `-${organization}` : ''}-${year}.${format}`;
}
