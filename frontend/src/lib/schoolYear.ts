// School years: the API keys a school-year indicator's values by the starting year and labels
// them ("2019/20": `yearLabel`). The SPA shows the server's label and never derives one itself.

/** The year as the API labels it, else the plain number; '—' without a year. */
export function yearText(year: number | null | undefined, label?: string | null): string {
  if (label) return label;
  return year === null || year === undefined ? '—' : String(year);
}

/** Year → label from rows that carry one (values, attainment rows, progress years). */
export function yearLabels(rows: readonly { year?: number; yearLabel?: string }[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of rows) if (r.year !== undefined && r.yearLabel && !out.has(r.year)) out.set(r.year, r.yearLabel);
  return out;
}

/** A label that says more than the number (a school year): worth showing beside a calendar year. */
export function isSchoolYearLabel(year: number | null | undefined, label: string | null | undefined): boolean {
  return !!label && label !== String(year ?? '');
}
