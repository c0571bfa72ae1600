import type { EChartsOption } from '../../lib/charts/echarts';
import { STATUS_HEX, targetNumber } from '../../lib/attainment';
import type { PublicTrendPoint } from '../../api/pending';
import type { AreaBar } from './model';

export interface AreaLabels {
  met: string;
  notMet: string;
  noData: string;
  noTarget: string;
  share: (percent: number) => string;
}

const FIELDS = [
  ['met', 'met'],
  ['notMet', 'not_met'],
  ['noData', 'no_data'],
  ['noTarget', 'no_target'],
] as const;

/** Per-area attainment as horizontal stacked bars, first area on top (the dashboard's picture, for the public). */
export function areaOption(bars: AreaBar[], labels: AreaLabels): EChartsOption {
  const rows = [...bars].reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: FIELDS.map(([f]) => labels[f]) },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as { dataIndex: number; seriesName: string; value: number; marker: string }[];
        const bar = rows[list[0]?.dataIndex ?? 0];
        if (!bar) return '';
        const lines = list.filter((p) => p.value > 0).map((p) => `${p.marker}${p.seriesName}: ${p.value}`);
        const share = bar.metShare === null ? '' : `<br/>${labels.share(bar.metShare)}`;
        return `<b>${escapeHtml(bar.area)}</b><br/>${lines.join('<br/>')}${share}`;
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((b) => b.area), axisLabel: { width: 220, overflow: 'truncate' } },
    series: FIELDS.map(([field, status]) => ({
      name: labels[field],
      type: 'bar',
      stack: 'rows',
      barMaxWidth: 22,
      itemStyle: { color: STATUS_HEX[status], opacity: status === 'no_target' ? 0.25 : 1 },
      data: rows.map((b) => b[field]),
    })),
  };
}

/** One indicator's published years: the fact as a line coloured by status, the target dashed. */
export function trendOption(
  points: PublicTrendPoint[],
  labels: { fact: string; target: string },
  format: (v: number) => string,
): EChartsOption {
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.fact, labels.target] },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—') },
    xAxis: { type: 'category', data: points.map((p) => p.yearLabel) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => format(v) } },
    series: [
      {
        name: labels.fact,
        type: 'line',
        data: points.map((p) => ({
          value: p.fact ?? null,
          itemStyle: { color: STATUS_HEX[p.status] ?? '#1677ff' },
        })),
        lineStyle: { color: '#1677ff' },
        symbolSize: 8,
      },
      {
        name: labels.target,
        type: 'line',
        data: points.map((p) => targetNumber(p.target)),
        lineStyle: { type: 'dashed', color: '#91caff' },
        itemStyle: { color: '#91caff' },
      },
    ],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
