import type { Indicator } from '../api/types';
import { decimalPlaces, parseDecimal } from './decimal';
import { isBooleanUnit, isPercentUnit } from './format';

export type ValueCheck =
  | { level: 'error'; code: 'not_a_number' | 'percent_range' | 'scale_range' | 'boolean' | 'negative_count'; params?: Record<string, number> }
  | { level: 'warning'; code: 'too_many_decimals'; params?: Record<string, number> };

const COUNT_UNITS = new Set(['count', 'persons', 'people', 'units', 'шт', 'чел']);

/**
 * The same checks the API makes: a number, 0..100 for percents, inside the
 * indicator's scale, 0/1 for yes/no, no negative counts. Too many decimals only warns.
 */
export function checkValue(input: string, indicator: Pick<Indicator, 'unit' | 'scaleMin' | 'scaleMax' | 'decimals'>): {
  value: number | null;
  checks: ValueCheck[];
} {
  const parsed = parseDecimal(input);
  if (!parsed.ok) return { value: null, checks: [{ level: 'error', code: 'not_a_number' }] };
  const v = parsed.value;
  const checks: ValueCheck[] = [];
  if (v === null) return { value: null, checks };
  if (isPercentUnit(indicator.unit) && (v < 0 || v > 100)) {
    checks.push({ level: 'error', code: 'percent_range', params: { min: 0, max: 100 } });
  }
  if (isBooleanUnit(indicator.unit) && v !== 0 && v !== 1) {
    checks.push({ level: 'error', code: 'boolean' });
  }
  if (COUNT_UNITS.has((indicator.unit ?? '').toLowerCase()) && v < 0) {
    checks.push({ level: 'error', code: 'negative_count' });
  }
  const min = indicator.scaleMin;
  const max = indicator.scaleMax;
  if ((min !== null && min !== undefined && v < min) || (max !== null && max !== undefined && v > max)) {
    checks.push({ level: 'error', code: 'scale_range', params: { min: min ?? -Infinity, max: max ?? Infinity } });
  }
  if (indicator.decimals !== null && indicator.decimals !== undefined && decimalPlaces(input) > indicator.decimals) {
    checks.push({ level: 'warning', code: 'too_many_decimals', params: { decimals: indicator.decimals } });
  }
  return { value: v, checks };
}

export function hasErrors(checks: ValueCheck[]): boolean {
  return checks.some((c) => c.level === 'error');
}
