// The public portal's pages (/public, /public/:municipality/:year) are read without a login: the SPA starts
// them without Keycloak, so they never redirect to the login page and never send a token.

export const PUBLIC_PREFIX = '/public';

/** Whether a browser path is one of the public portal's pages. */
export function isPublicPath(pathname: string): boolean {
  return pathname === PUBLIC_PREFIX || pathname.startsWith(PUBLIC_PREFIX + '/');
}

/** The public page of a municipality (and year): `/public/derbent/2023`. */
export function publicPagePath(municipality?: string, year?: number): string {
  if (!municipality) return PUBLIC_PREFIX;
  const m = `${PUBLIC_PREFIX}/${encodeURIComponent(municipality)}`;
  return year ? `${m}/${year}` : m;
}
