import type { AreaCounts } from '../../lib/ui/AreaBars';
// What the public page shows, from the public API's answers (the verdicts are the server's: the page never
// computes a status).
import type { PublicAreaCounts, PublicAttainmentRow, PublicTrendPoint, PublicTrends, PublicYear } from '../../api/pending';

/** The year to show: the one in the address if it is published, else the newest published one. */
export function chooseYear(param: string | undefined, years: PublicYear[] | undefined): { year?: number; published: boolean } {
  const published = (years ?? []).map((y) => y.year);
  const asked = param !== undefined && /^\d{4}$/.test(param) ? Number(param) : undefined;
  if (asked !== undefined) return { year: asked, published: published.includes(asked) };
  const newest = published.length ? Math.max(...published) : undefined;
  return { year: newest, published: newest !== undefined };
}

export interface AreaGroup {
  area: string;
  rows: PublicAttainmentRow[];
}

/** The rows by area in the server's order (area, indicator); rows without an area under `noArea`, last. */
export function byArea(rows: PublicAttainmentRow[], noArea: string): AreaGroup[] {
  const groups = new Map<string, PublicAttainmentRow[]>();
  for (const r of rows) {
    const a = r.area || noArea;
    const g = groups.get(a);
    if (g) g.push(r);
    else groups.set(a, [r]);
  }
  const out = [...groups.entries()].map(([area, list]) => ({ area, rows: list }));
  return [...out.filter((g) => g.area !== noArea), ...out.filter((g) => g.area === noArea)];
}

export type AreaBar = AreaCounts;

export function areaBars(byAreaCounts: PublicAreaCounts[] | undefined, noArea: string): AreaBar[] {
  return (byAreaCounts ?? []).map((a) => {
    const withTargets = a.met + a.notMet + a.noData;
    return {
      area: a.area || noArea,
      met: a.met,
      notMet: a.notMet,
      noData: a.noData,
      noTarget: a.noTarget,
      metShare: withTargets > 0 ? Math.round((a.met * 100) / withTargets) : null,
    };
  });
}

export function trendKey(indicator: string, category: string): string {
  return `${indicator}\u0000${category}`;
}

/** The trend points of each published indicator (and category), oldest first. */
export function trendIndex(trends: PublicTrends | undefined): Map<string, PublicTrendPoint[]> {
  const out = new Map<string, PublicTrendPoint[]>();
  for (const t of trends?.items ?? []) {
    out.set(
      trendKey(t.indicator, t.category),
      [...t.points].sort((a, b) => a.year - b.year),
    );
  }
  return out;
}

/** The row's name as shown: the indicator's, with the category's label when it has one. */
export function rowName(r: PublicAttainmentRow): string {
  return r.categoryLabel ? `${r.indicatorName} (${r.categoryLabel})` : r.indicatorName;
}
