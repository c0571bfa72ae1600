// How attainment is shown (comparator symbols, target text, status colours). The verdict itself
// (status, deviation, score) is the server's: GET /attainment; the SPA never computes it.
import type { AttainmentStatus, Comparator, TargetBound } from '../api/types';
import { formatValue } from './format';

export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  eq: '=',
  ge: '≥',
  le: '≤',
  between: '…',
};

export const COMPARATORS: Comparator[] = ['ge', 'le', 'eq', 'between'];

/** `≥ 95 %`, `≤ 5 %`, `= 100`, `10–20 %`; `—` when there is no target. */
export function renderTarget(
  target: TargetBound | number | null | undefined,
  unit?: string | null,
  decimals?: number | null,
  lang = 'ru',
): string {
  if (target === null || target === undefined) return '—';
  if (typeof target === 'number') return formatValue(target, unit, decimals, lang);
  const { comparator, value, valueTo } = target;
  if (value === undefined) return '—';
  if (comparator === 'between') {
    const lo = formatValue(value, null, decimals, lang);
    const hi = formatValue(valueTo ?? null, unit, decimals, lang);
    return `${lo}–${hi}`;
  }
  return `${COMPARATOR_SYMBOL[comparator as Comparator] ?? ''}\u00a0${formatValue(value, unit, decimals, lang)}`;
}

/** The plain number of a target given either as a bound or as a number (charts, tables). */
export function targetNumber(target: TargetBound | number | null | undefined): number | null {
  if (target === null || target === undefined) return null;
  return typeof target === 'number' ? target : (target.value ?? null);
}

/** antd Tag colours: met green, not met red, no data grey, no target blue. */
export const STATUS_COLOR: Record<AttainmentStatus, string> = {
  met: 'green',
  not_met: 'red',
  no_data: 'default',
  no_target: 'blue',
};

/** Hex colours for charts and sparklines, the same hues as the tags. */
export const STATUS_HEX: Record<AttainmentStatus, string> = {
  met: '#389e0d',
  not_met: '#cf1322',
  no_data: '#8c8c8c',
  no_target: '#0958d9',
};

export function statusColor(status: string | null | undefined): string {
  return (status && STATUS_COLOR[status as AttainmentStatus]) || 'default';
}

export const STATUSES: AttainmentStatus[] = ['met', 'not_met', 'no_data', 'no_target'];
