// The school page and the ranking: how the server's figures are arranged and worded. The
// averages, differences, statuses and ranks are the server's (GET /attainment, GET /rankings).
import type { LabelledValue, SchoolAttainment, SchoolCounts, SchoolRankingItem } from '../../api/pending';
import type { Polarity, SeriesPoint } from '../../api/types';

/** The key of an indicator's series in one category ('' for the total). */
export const trendKey = (indicator: string | undefined, category: string | undefined) => `${indicator ?? ''}\u0000${category ?? ''}`;

/**
 * Per indicator and category, its annual values as sparkline points, oldest first (from one GET
 * /values): a row of «Математика» gets the trend of «Математика», never an empty cell.
 */
export function trendByIndicator(values: LabelledValue[]): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  for (const v of values) {
    if (!v.indicator || v.year === undefined || v.period) continue;
    const key = trendKey(v.indicator, v.category);
    const list = out.get(key) ?? [];
    list.push({ year: v.year, yearLabel: v.yearLabel, fact: v.value, qualifier: v.qualifier, status: '' });
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

export interface SchoolRow {
  key: string;
  row: SchoolAttainment;
}

/** The school's rows (its organization only), by area then indicator code then category. */
export function schoolRows(items: SchoolAttainment[], organization: string): { area: string; rows: SchoolRow[] }[] {
  const collator = new Intl.Collator('ru', { numeric: true });
  const mine = items
    .filter((a) => a.organization === organization && !!a.indicator)
    .sort(
      (a, b) =>
        collator.compare(a.indicator ?? '', b.indicator ?? '') ||
        collator.compare(a.categoryLabel ?? a.category ?? '', b.categoryLabel ?? b.category ?? ''),
    );
  const groups = new Map<string, SchoolRow[]>();
  for (const a of mine) {
    const area = a.area ?? '';
    const list = groups.get(area) ?? [];
    list.push({ key: `${a.indicator}|${a.category ?? ''}`, row: a });
    groups.set(area, list);
  }
  return [...groups].sort(([a], [b]) => collator.compare(a, b)).map(([area, rows]) => ({ area, rows }));
}

export type Standing = 'better' | 'worse' | 'equal';

/** Whether a difference from the average is good news, by the indicator's polarity. */
export function standing(difference: number | null | undefined, polarity: Polarity | string | null | undefined): Standing | undefined {
  if (difference === null || difference === undefined || Number.isNaN(difference)) return undefined;
  if (difference === 0) return 'equal';
  const higherIsBetter = polarity !== 'lower';
  return difference > 0 === higherIsBetter ? 'better' : 'worse';
}

export const STANDING_COLOR: Record<Standing, string> = { better: '#389e0d', worse: '#cf1322', equal: '#8c8c8c' };

/** «met by N of M schools» when the server gave the counts and there are schools; M counts every school, with data or not. */
export function schoolsMet(counts: SchoolCounts | undefined): { met: number; total: number } | undefined {
  if (!counts || counts.total === 0) return undefined;
  return { met: counts.met, total: counts.total };
}

/** The municipality row of one indicator (organization empty): the one that carries `schools`. */
export function municipalityRow(items: SchoolAttainment[], category = ''): SchoolAttainment | undefined {
  return items.find((a) => !a.organization && (a.category ?? '') === category);
}

/** Ranked items first by rank, those without a value (no rank) last, then by name. */
export function rankedItems(items: SchoolRankingItem[]): SchoolRankingItem[] {
  const collator = new Intl.Collator('ru', { numeric: true });
  return [...items].sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      collator.compare(a.organizationName ?? a.organization ?? '', b.organizationName ?? b.organization ?? ''),
  );
}

/** ECharts option: one horizontal bar per school (best on top), the municipal average as a line. */
export function rankingOption(
  items: SchoolRankingItem[],
  average: number | null | undefined,
  labels: { value: string; average: string },
  formatter: (v: number) => string,
  statusColor: (s: string | undefined) => string,
) {
  const withValue = rankedItems(items).filter((i) => typeof i.value === 'number');
  const rows = [...withValue].reverse(); // echarts draws the first category at the bottom
  return {
    grid: { left: 8, right: 48, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatter(v) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatter(v) } },
    yAxis: {
      type: 'category',
      data: rows.map((i) => i.organizationName ?? i.organization ?? ''),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.value,
        type: 'bar',
        data: rows.map((i) => ({ value: i.value, itemStyle: { color: statusColor(i.status) } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatter(p.value) },
        markLine:
          average === null || average === undefined
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { color: '#fa8c16', type: 'dashed', width: 2 },
                label: { formatter: `${labels.average}: ${formatter(average)}`, position: 'end' },
                data: [{ xAxis: average }],
              },
      },
    ],
  };
}
