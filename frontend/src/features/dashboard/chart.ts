import type { EChartsOption } from '../../lib/charts/echarts';
import { STATUS_HEX } from '../../lib/attainment';
import type { AreaBar } from './model';

/** Labels of the four statuses and of the tooltip's share line. */
export interface AreaChartLabels {
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

/**
 * Per-area attainment as horizontal stacked bars (met, not met, no data, no target), the areas with targets
 * on top; the no-target part is pale so that the eye goes to the targets.
 */
export function areaOption(bars: AreaBar[], labels: AreaChartLabels): EChartsOption {
  // echarts draws the first category at the bottom: reverse so that the first area is on top
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
    yAxis: {
      type: 'category',
      data: rows.map((b) => b.area),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: FIELDS.map(([field, status]) => ({
      name: labels[field],
      type: 'bar',
      stack: 'rows',
      barMaxWidth: 22,
      itemStyle: { color: STATUS_HEX[status], opacity: status === 'no_target' ? 0.25 : 1 },
      emphasis: { focus: 'series' },
      data: rows.map((b) => b[field]),
    })),
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
