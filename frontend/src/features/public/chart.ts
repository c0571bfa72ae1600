import type { EChartsOption } from '../../lib/charts/echarts';
import { STATUS_HEX, targetNumber } from '../../lib/attainment';
import type { PublicTrendPoint } from '../../api/pending';

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
