import type { AttainmentStatus, RankingItem } from '../../api/types';
import { STATUS_HEX, targetNumber } from '../../lib/attainment';

/** Bars of the facts (coloured by status) in rank order, the targets as a line or one mark line. */
export function rankingOption(items: RankingItem[], labels: { fact: string; target: string }, formatter: (v: number) => string) {
  const names = items.map((i) => i.municipalityName ?? i.municipality ?? '');
  const targets = items.map((i) => targetNumber(i.target));
  const distinct = new Set(targets.filter((x) => x !== null));
  const oneTarget = distinct.size === 1 ? [...distinct][0] : null;
  const series: Record<string, unknown>[] = [
    {
      name: labels.fact,
      type: 'bar',
      data: items.map((i) =>
        i.fact === undefined
          ? null
          : { value: i.fact, itemStyle: { color: STATUS_HEX[i.status as AttainmentStatus] ?? STATUS_HEX.no_target } },
      ),
      barMaxWidth: 48,
      label: { show: true, position: 'top', formatter: (p: { value: number }) => formatter(p.value) },
      ...(oneTarget !== null
        ? {
            markLine: {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#52c41a', width: 2 },
              label: { position: 'insideEndTop', formatter: `${labels.target}: ${formatter(oneTarget)}` },
              data: [{ yAxis: oneTarget }],
            },
          }
        : {}),
    },
  ];
  if (oneTarget === null && distinct.size > 1) {
    series.push({
      name: labels.target,
      type: 'line',
      data: targets,
      lineStyle: { type: 'dashed', color: '#52c41a', width: 2 },
      itemStyle: { color: '#52c41a' },
      symbol: 'rect',
    });
  }
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatter(v) : '—') },
    legend: { top: 0, data: series.map((s) => s.name as string) },
    grid: { left: 56, right: 24, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', scale: false, axisLabel: { formatter: (v: number) => formatter(v) } },
    series,
  };
}
