// Registers: the editor's body and errors, and how a register's progress is told. Whether a
// register is valid is the server's answer (422 field errors); the averages and gaps are its too.
import type { GroupProgressYear } from '../../api/pending';
import type { Group, GroupWrite } from '../../api/types';
import { ApiError } from '../../lib/api';

export interface GroupForm {
  code: string;
  name: string;
  description?: string;
  yearFrom?: number | null;
  yearTo?: number | null;
  organizations: string[];
}

export function formOf(g: Group | undefined): GroupForm {
  return {
    code: g?.code ?? '',
    name: g?.name ?? '',
    description: g?.description ?? '',
    yearFrom: g?.yearFrom ?? null,
    yearTo: g?.yearTo ?? null,
    organizations: g?.organizations ?? [],
  };
}

/** The PUT body: what the form holds, blank fields left out (the server says what is missing). */
export function groupBody(f: GroupForm): GroupWrite {
  const body: Partial<GroupWrite> = {
    code: f.code.trim() || undefined,
    name: f.name,
    description: f.description?.trim() ? f.description : undefined,
    yearFrom: f.yearFrom ?? undefined,
    yearTo: f.yearTo ?? undefined,
    organizations: [...f.organizations],
  };
  for (const k of Object.keys(body) as (keyof GroupWrite)[]) if (body[k] === undefined) delete body[k];
  return body as GroupWrite;
}

const FORM_FIELDS = new Set<keyof GroupForm>(['code', 'name', 'description', 'yearFrom', 'yearTo', 'organizations']);

/**
 * The server's field errors split into those the form shows at a field and the rest
 * (e.g. `organizations[3]` goes to the schools' field).
 */
export function splitErrors(e: unknown): { fields: { name: keyof GroupForm; errors: string[] }[]; other: string[] } {
  const fields = new Map<keyof GroupForm, string[]>();
  const other: string[] = [];
  if (!(e instanceof ApiError)) return { fields: [], other: [e instanceof Error ? e.message : String(e)] };
  for (const fe of e.problem?.errors ?? []) {
    const name = (fe.field ?? '').replace(/[[.].*$/, '') as keyof GroupForm;
    if (FORM_FIELDS.has(name)) fields.set(name, [...(fields.get(name) ?? []), fe.message ?? '']);
    else other.push(fe.message ?? '');
  }
  if (fields.size === 0 && other.length === 0) other.push(e.message);
  return { fields: [...fields].map(([name, errors]) => ({ name, errors })), other };
}

/** `2019–2020`, or one year. */
export function yearsText(g: Pick<Group, 'yearFrom' | 'yearTo'>): string {
  if (g.yearFrom === undefined) return '—';
  return g.yearTo === undefined || g.yearTo === g.yearFrom ? String(g.yearFrom) : `${g.yearFrom}–${g.yearTo}`;
}

export type GapTrend =
  | { kind: 'unknown' }
  | {
      kind: 'closing' | 'widening' | 'same';
      from: number;
      to: number;
      fromYear: number;
      toYear: number;
      fromLabel?: string;
      toLabel?: string;
    };

/**
 * Whether the register's schools are catching up: the server's gap (the group's average minus the
 * rest's) in the first and the last year that has one. How far the group is behind is that gap
 * against the indicator's polarity (for «higher is better» a gap of −9 is 9 behind); less behind is
 * catching up.
 */
export function gapTrend(years: GroupProgressYear[], polarity: 'higher' | 'lower'): GapTrend {
  const withGap = years
    .filter((y): y is GroupProgressYear & { year: number; gap: number } => typeof y.year === 'number' && typeof y.gap === 'number')
    .sort((a, b) => a.year - b.year);
  if (withGap.length < 2) return { kind: 'unknown' };
  const first = withGap[0];
  const last = withGap[withGap.length - 1];
  const behind = (gap: number) => (polarity === 'higher' ? -gap : gap);
  const [b0, b1] = [behind(first.gap), behind(last.gap)];
  const kind = b1 < b0 ? 'closing' : b1 > b0 ? 'widening' : 'same';
  return {
    kind,
    from: first.gap,
    to: last.gap,
    fromYear: first.year,
    toYear: last.year,
    fromLabel: first.yearLabel,
    toLabel: last.yearLabel,
  };
}

/** ECharts option: the group's, the rest's and the municipality's averages year by year. */
export function progressOption(
  years: GroupProgressYear[],
  labels: { group: string; rest: string; municipality: string },
  formatter: (v: number) => string,
) {
  const ys = years.filter((y) => typeof y.year === 'number').sort((a, b) => a.year! - b.year!);
  const line = (name: string, pick: (y: GroupProgressYear) => number | null | undefined, color: string, dashed = false) => ({
    name,
    type: 'line',
    data: ys.map((y) => pick(y) ?? null),
    connectNulls: true,
    symbolSize: 8,
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
  });
  return {
    grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null || v === undefined ? '—' : formatter(v)) },
    xAxis: { type: 'category', data: ys.map((y) => y.yearLabel ?? String(y.year)) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => formatter(v) } },
    series: [
      line(labels.group, (y) => y.groupAverage, '#cf1322'),
      line(labels.rest, (y) => y.restAverage, '#1677ff'),
      line(labels.municipality, (y) => y.municipalAverage, '#8c8c8c', true),
    ],
  };
}
