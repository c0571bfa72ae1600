import type { AttainmentStatus, SeriesPoint, TargetBound } from '../../api/types';
import { STATUS_HEX } from '../../lib/attainment';

/** A series point that carries its year (the chart's category). */
export type YearPoint = SeriesPoint & { year: number };

export function hasYear(p: SeriesPoint): p is YearPoint {
  return typeof p.year === 'number';
}

export interface ChartLabels {
  fact: string;
  target: string;
  targetBand: string;
  baseline: string;
}

/** A target with a value, else null (the API omits absent fields). */
function bound(t: SeriesPoint['target']): (TargetBound & { value: number }) | null {
  return t && typeof t.value === 'number' ? { ...t, value: t.value } : null;
}

/**
 * ECharts option for an indicator's years: the fact line (points coloured by status),
 * the target as a line, or as a band where the target is a range, the baseline marked.
 */
export function seriesOption(
  points: YearPoint[],
  baseline: { year: number; value: number } | null,
  labels: ChartLabels,
  formatter: (v: number) => string,
  /** The year as the API labels it ("2019/20" for a school-year indicator). */
  yearLabel: (year: number) => string = String,
) {
  const years = new Set(points.map((p) => p.year));
  if (baseline) years.add(baseline.year);
  const cats = [...years].sort((a, b) => a - b);
  const byYear = new Map(points.map((p) => [p.year, p]));
  const targets = cats.map((y) => bound(byYear.get(y)?.target));
  const hasBand = targets.some((t) => t?.comparator === 'between');
  const series: Record<string, unknown>[] = [
    {
      name: labels.fact,
      type: 'line',
      data: cats.map((y) => {
        const p = byYear.get(y);
        return p && typeof p.fact === 'number'
          ? { value: p.fact, itemStyle: { color: STATUS_HEX[p.status as AttainmentStatus] ?? STATUS_HEX.no_target } }
          : null;
      }),
      connectNulls: true,
      symbolSize: 9,
      lineStyle: { width: 2, color: '#1677ff' },
      itemStyle: { color: '#1677ff' },
      z: 5,
    },
  ];
  if (hasBand) {
    series.push(
      {
        name: labels.targetBand,
        type: 'line',
        stack: 'band',
        data: cats.map((_, i) => (targets[i] ? Math.min(targets[i]!.value, targets[i]!.valueTo ?? targets[i]!.value) : null)),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      },
      {
        name: labels.targetBand,
        type: 'line',
        stack: 'band',
        data: cats.map((_, i) => {
          const t = targets[i];
          if (!t) return null;
          const hi = t.valueTo ?? t.value;
          return Math.abs(hi - t.value);
        }),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: 'rgba(82, 196, 26, 0.2)' },
        tooltip: { show: false },
      },
    );
  }
  series.push({
    name: labels.target,
    type: 'line',
    data: cats.map((_, i) => (targets[i] && targets[i]!.comparator !== 'between' ? targets[i]!.value : null)),
    lineStyle: { type: 'dashed', color: '#52c41a', width: 2 },
    itemStyle: { color: '#52c41a' },
    symbol: 'rect',
    connectNulls: true,
  });
  if (baseline) {
    series.push({
      name: labels.baseline,
      type: 'scatter',
      data: cats.map((y) => (y === baseline.year ? baseline.value : null)),
      symbol: 'diamond',
      symbolSize: 14,
      itemStyle: { color: '#fa8c16' },
      z: 6,
    });
  }
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatter(v) : '—') },
    legend: { top: 0, data: [labels.fact, labels.target, ...(hasBand ? [labels.targetBand] : []), ...(baseline ? [labels.baseline] : [])] },
    grid: { left: 64, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: cats.map(yearLabel) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatter(v) } },
    series,
  };
}
