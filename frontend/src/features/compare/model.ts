import type { IndicatorReach } from '../../api/pending';

type Item = { code?: string } & IndicatorReach;

/** Common indicators first (kept by more municipalities first, then with the latest comparable year), then by code. */
export function comparisonOrder<T extends Item>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(!!b.shared) - Number(!!a.shared) ||
      (b.municipalityCount ?? 0) - (a.municipalityCount ?? 0) ||
      (b.comparableYear ?? 0) - (a.comparableYear ?? 0) ||
      (a.code ?? '').localeCompare(b.code ?? ''),
  );
}

/**
 * The indicator the comparison opens on: for a chosen year, a common one whose latest comparable
 * year is that year (else whose latest value is, else one compared since); without a year, the
 * first common one (kept by the most municipalities). `ordered` is in {@link comparisonOrder}.
 */
export function defaultIndicator<T extends Item>(ordered: T[], year: number | undefined): T | undefined {
  if (year === undefined) return ordered.find((i) => i.comparableYear !== undefined) ?? ordered[0];
  return (
    ordered.find((i) => i.shared && i.comparableYear === year) ??
    ordered.find((i) => i.latestYear === year) ??
    ordered.find((i) => i.shared && (i.comparableYear ?? 0) >= year) ??
    ordered[0]
  );
}

/** The year the comparison opens on: the chosen one, else where the indicator has comparable data, else its latest. */
export function defaultYear(indicator: Item | undefined, chosen: number | undefined, now = new Date().getFullYear()): number {
  return chosen ?? indicator?.comparableYear ?? indicator?.latestYear ?? now - 1;
}
