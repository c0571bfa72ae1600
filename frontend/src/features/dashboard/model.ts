import type { SchoolAttainment } from '../../api/pending';
import type { Attainment, AttainmentStatus } from '../../api/types';

export interface DashboardRow {
  key: string;
  indicator: string;
  name: string;
  area: string;
  row: Attainment | undefined;
  /** For organization-level indicators without a municipality row: per-status counts. */
  orgCounts?: Record<AttainmentStatus, number>;
  /** «met by N of M schools»: the server's count on the municipality row of an organization-level indicator. */
  schools?: { met: number; total: number };
  /** Whether the indicator has school rows (its schools can be ranked). */
  bySchool: boolean;
  status: AttainmentStatus;
}

export interface Filters {
  area?: string;
  status?: AttainmentStatus;
  q?: string;
}

/** One row per indicator (the municipality-level row, else a roll-up of its organizations). */
export function toRows(items: Attainment[], noArea: string): DashboardRow[] {
  const byIndicator = new Map<string, Attainment[]>();
  for (const a of items) {
    if (!a.indicator) continue;
    const list = byIndicator.get(a.indicator) ?? [];
    list.push(a);
    byIndicator.set(a.indicator, list);
  }
  const rows: DashboardRow[] = [];
  for (const [indicator, list] of byIndicator) {
    // the totals (rows of a category, e.g. one subject, are the indicator page's and the school page's)
    const totals = list.filter((a) => !(a as SchoolAttainment).category);
    const muni = totals.find((a) => !a.organization) ?? list.find((a) => !a.organization);
    const first = muni ?? totals[0] ?? list[0];
    const name = first.indicatorName ?? indicator;
    const bySchool = list.some((a) => !!a.organization) || !!(muni as SchoolAttainment | undefined)?.schools;
    const sc = (muni as SchoolAttainment | undefined)?.schools;
    const schools = sc && sc.total !== undefined ? { met: sc.met ?? 0, total: sc.total } : undefined;
    if (muni) {
      rows.push({
        key: indicator,
        indicator,
        name,
        area: first.area || noArea,
        row: muni,
        schools,
        bySchool,
        status: muni.status ?? 'no_data',
      });
    } else {
      const counts: Record<AttainmentStatus, number> = { met: 0, not_met: 0, no_data: 0, no_target: 0 };
      for (const a of totals) counts[a.status ?? 'no_data'] += 1;
      const status: AttainmentStatus =
        counts.not_met > 0 ? 'not_met' : counts.met > 0 ? 'met' : counts.no_data > 0 ? 'no_data' : 'no_target';
      rows.push({ key: indicator, indicator, name, area: first.area || noArea, row: undefined, orgCounts: counts, bySchool, status });
    }
  }
  return rows;
}

export function applyFilters(rows: DashboardRow[], f: Filters): DashboardRow[] {
  const q = f.q?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.area || r.area === f.area) &&
      (!f.status || r.status === f.status) &&
      (!q || r.name.toLowerCase().includes(q) || r.indicator.toLowerCase().includes(q)),
  );
}

/** Rows grouped by area, areas in first-seen order, indicators by code within an area. */
export function groupByArea(rows: DashboardRow[]): { area: string; rows: DashboardRow[] }[] {
  const groups = new Map<string, DashboardRow[]>();
  for (const r of rows) {
    const list = groups.get(r.area) ?? [];
    list.push(r);
    groups.set(r.area, list);
  }
  const collator = new Intl.Collator('ru', { numeric: true });
  return [...groups].map(([area, list]) => ({ area, rows: list.sort((a, b) => collator.compare(a.indicator, b.indicator)) }));
}
