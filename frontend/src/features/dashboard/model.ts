import type { AreaCounts } from '../../lib/ui/AreaBars';
import type { DataYears, SchoolAttainment, Trend, TrendPoint } from '../../api/pending';
import type { Attainment, AttainmentStatus, SeriesPoint, TargetBound } from '../../api/types';

export interface SchoolsMet {
  met: number;
  notMet: number;
  noData: number;
  total: number;
}

export interface DashboardRow {
  key: string;
  indicator: string;
  name: string;
  area: string;
  /** The municipality's row (its total, else its first category); absent when only schools have rows. */
  row: Attainment | undefined;
  /** The category of the row and of its trend ('' for the total). */
  category: string;
  /** For organization-level indicators without a municipality row: per-status counts of the schools. */
  orgCounts?: Record<AttainmentStatus, number>;
  /** «met by N of M schools»: the schools with a target (their own or the municipality's for every school). */
  schools?: SchoolsMet;
  /** Whether the indicator has school rows (its schools can be ranked). */
  bySchool: boolean;
  /** The row's own status, or for a school-level indicator without a target of its own, its schools'. */
  status: AttainmentStatus;
  /** A target of its own or targets of its schools: such rows come first, the others are folded away. */
  hasTarget: boolean;
  /** The mean of the schools' values, shown when the municipality has no figure of its own. */
  average?: { value: number; count: number };
  /** The target every school has (set by the municipality for every organization), for school-level rows. */
  schoolTarget?: TargetBound;
}

export interface Filters {
  area?: string;
  status?: AttainmentStatus;
  q?: string;
}

/**
 * The status of a school-level indicator from its schools: not met as soon as one school misses its target,
 * met when every school meets it, no data while some have no figure.
 */
export function schoolsStatus(s: SchoolsMet | undefined): AttainmentStatus | undefined {
  if (!s || s.total === 0) return undefined;
  if (s.notMet > 0) return 'not_met';
  if (s.met === s.total) return 'met';
  return 'no_data';
}

function schoolsOf(a: Attainment | undefined): SchoolsMet | undefined {
  const sc = (a as SchoolAttainment | undefined)?.schools;
  if (!sc || sc.total === undefined || sc.total === 0) return undefined;
  return { met: sc.met ?? 0, notMet: sc.notMet ?? 0, noData: sc.noData ?? 0, total: sc.total };
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
    const area = first.area || noArea;
    const category = (muni as SchoolAttainment | undefined)?.category ?? '';
    const schoolRows = list.filter((a) => !!a.organization && ((a as SchoolAttainment).category ?? '') === category);
    const bySchool = list.some((a) => !!a.organization) || !!(muni as SchoolAttainment | undefined)?.schools;
    const withAverage = schoolRows.find((a) => (a as SchoolAttainment).municipalAverage != null);
    const average =
      withAverage && (muni?.fact === undefined || muni?.fact === null)
        ? {
            value: (withAverage as SchoolAttainment).municipalAverage as number,
            count: (withAverage as SchoolAttainment).municipalAverageCount ?? 0,
          }
        : undefined;
    const schoolTarget = schoolRows.find((a) => (a as SchoolAttainment).targetScope === 'every_organization')?.target ?? undefined;
    if (muni) {
      const schools = schoolsOf(muni);
      const own = muni.status ?? 'no_data';
      const status = own === 'no_target' ? (schoolsStatus(schools) ?? own) : own;
      rows.push({
        key: indicator,
        indicator,
        name,
        area,
        row: muni,
        category,
        schools,
        bySchool,
        status,
        hasTarget: own !== 'no_target' || !!schools,
        average,
        schoolTarget,
      });
    } else {
      const counts: Record<AttainmentStatus, number> = { met: 0, not_met: 0, no_data: 0, no_target: 0 };
      for (const a of totals) counts[a.status ?? 'no_data'] += 1;
      const status: AttainmentStatus =
        counts.not_met > 0 ? 'not_met' : counts.met > 0 ? 'met' : counts.no_data > 0 ? 'no_data' : 'no_target';
      const total = counts.met + counts.not_met + counts.no_data;
      rows.push({
        key: indicator,
        indicator,
        name,
        area,
        row: undefined,
        category: '',
        orgCounts: counts,
        schools: total > 0 ? { met: counts.met, notMet: counts.not_met, noData: counts.no_data, total } : undefined,
        bySchool,
        status,
        hasTarget: total > 0,
        average,
        schoolTarget,
      });
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

export interface AreaGroup {
  area: string;
  rows: DashboardRow[];
}

/** Rows grouped by area, areas in first-seen order, indicators by code within an area. */
export function groupByArea(rows: DashboardRow[]): AreaGroup[] {
  const groups = new Map<string, DashboardRow[]>();
  for (const r of rows) {
    const list = groups.get(r.area) ?? [];
    list.push(r);
    groups.set(r.area, list);
  }
  const collator = new Intl.Collator('ru', { numeric: true });
  return [...groups].map(([area, list]) => ({ area, rows: list.sort((a, b) => collator.compare(a.indicator, b.indicator)) }));
}

/**
 * The rows with a target (own or their schools') grouped by area, and apart from them the rows without one,
 * which the page folds away: "how are we doing" is about the targets.
 */
export function splitByTarget(rows: DashboardRow[]): { withTargets: AreaGroup[]; withoutTargets: AreaGroup[]; withoutCount: number } {
  const without = rows.filter((r) => !r.hasTarget);
  return {
    withTargets: groupByArea(rows.filter((r) => r.hasTarget)),
    withoutTargets: groupByArea(without),
    withoutCount: without.length,
  };
}

// ---- the batched trends ----

export function trendKey(indicator: string, category: string): string {
  return `${indicator}\u0000${category}`;
}

/** The trends by indicator and category, for the rows to look theirs up. */
export function trendIndex(items: Trend[] | undefined): Map<string, TrendPoint[]> {
  const out = new Map<string, TrendPoint[]>();
  for (const t of items ?? []) out.set(trendKey(t.indicator, t.category ?? ''), t.points ?? []);
  return out;
}

/**
 * The points a sparkline draws for a row: the municipality's facts, or for a school-level indicator without
 * them the mean of its schools, up to the dashboard's year.
 */
export function sparkPoints(points: TrendPoint[] | undefined, year: number): SeriesPoint[] {
  const upTo = (points ?? []).filter((p) => p.year <= year);
  const ownFacts = upTo.some((p) => p.fact !== null && p.fact !== undefined);
  return upTo.map((p) => ({
    year: p.year,
    yearLabel: p.yearLabel,
    fact: ownFacts ? (p.fact ?? undefined) : (p.municipalAverage ?? undefined),
    target: ownFacts ? (p.target ?? undefined) : undefined,
    status: ownFacts ? p.status : 'no_target',
  }));
}

// ---- the year the dashboard opens on ----

export type YearReason = 'chosen' | 'last_open' | 'last_with_data' | 'no_data';

/**
 * The year the page shows: the one in the address, else the server's suggestion (the latest year with values
 * not yet approved, else the latest with values), else last year. Undefined while the years are loading, so
 * that the title never shows a year it will change a moment later.
 */
export function chooseYear(
  fromAddress: number | undefined,
  years: DataYears | undefined,
  loading: boolean,
  now = new Date().getFullYear(),
): { year: number | undefined; reason: YearReason } {
  if (fromAddress) return { year: fromAddress, reason: 'chosen' };
  if (loading) return { year: undefined, reason: 'no_data' };
  if (years?.suggested)
    return { year: years.suggested, reason: years.suggestedBecause === 'last_with_data' ? 'last_with_data' : 'last_open' };
  return { year: now - 1, reason: 'no_data' };
}

/** Years to offer: those with values, newest first. */
export function yearsWithValues(years: DataYears | undefined): number[] {
  return (years?.years ?? []).filter((y) => y.values > 0).map((y) => y.year);
}

// ---- per-area attainment, drawn as a chart ----

/** An area's counts as the chart draws them, with the rows that have a target (met + notMet + noData). */
export interface AreaBar extends AreaCounts {
  withTargets: number;
}

/**
 * The server's counts per area as bars: areas with targets first (most targets first, then by name),
 * those with none after them.
 */
export function areaBars(
  byArea: { area?: string | null; met?: number; notMet?: number; noData?: number; noTarget?: number }[] | undefined,
  noArea: string,
): AreaBar[] {
  const collator = new Intl.Collator('ru', { numeric: true });
  return (byArea ?? [])
    .map((a) => {
      const met = a.met ?? 0;
      const notMet = a.notMet ?? 0;
      const noData = a.noData ?? 0;
      const withTargets = met + notMet + noData;
      return {
        area: a.area || noArea,
        met,
        notMet,
        noData,
        noTarget: a.noTarget ?? 0,
        withTargets,
        metShare: withTargets === 0 ? null : Math.round((met * 100) / withTargets),
      };
    })
    .sort((a, b) => b.withTargets - a.withTargets || collator.compare(a.area, b.area));
}
