import { describe, expect, it } from 'vitest';
import { averageDecimals, formatDate, formatNumber, formatSigned, formatValue, unitSuffix } from './format';

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNumber', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(sp(formatNumber(1516))).toBe('1 516');
    expect(sp(formatNumber(1234567.5, 1))).toBe('1 234 567,5');
    expect(formatNumber(12.5)).toBe('12,5');
  });
  it('respects decimals and shows a dash for no value', () => {
    expect(formatNumber(12.345, 1)).toBe('12,3');
    expect(formatNumber(12, 2)).toBe('12');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
  it('formats English with a point', () => {
    expect(formatNumber(1516.5, 1, 'en')).toBe('1,516.5');
  });
});

describe('formatValue', () => {
  it('adds the unit sign', () => {
    expect(sp(formatValue(12.5, 'percent', 1))).toBe('12,5 %');
    expect(sp(formatValue(12.5, '%'))).toBe('12,5 %');
    expect(sp(formatValue(1516, 'count', 0))).toBe('1 516');
    expect(sp(formatValue(1516, 'persons', 0))).toBe('1 516 чел.');
    expect(sp(formatValue(100, 'rubles', 0))).toBe('100 ₽');
  });
  it('renders yes/no units as words', () => {
    expect(formatValue(1, 'yes/no')).toBe('Да');
    expect(formatValue(0, 'yes/no')).toBe('Нет');
    expect(formatValue(1, 'yes/no', 0, 'en')).toBe('Yes');
  });
  it('uses a non-breaking space before the unit', () => {
    expect(formatValue(5, 'percent')).toBe('5\u00a0%');
  });
  it('knows unit suffixes', () => {
    expect(unitSuffix('PERCENT')).toBe('%');
    expect(unitSuffix('ratio')).toBe('');
    expect(unitSuffix(null)).toBe('');
  });
});

describe('formatSigned and dates', () => {
  it('signs deviations', () => {
    expect(formatSigned(2.5)).toBe('+2,5');
    expect(formatSigned(-1)).toBe('−1');
    expect(formatSigned(0)).toBe('0');
    // a difference that rounds to nothing has no sign
    expect(formatSigned(-0.444444, 0)).toBe('0');
    expect(formatSigned(0.04, 1)).toBe('0');
    expect(formatSigned(-0.444444, averageDecimals(0))).toBe('−0,4');
    expect(averageDecimals(2)).toBe(2);
    expect(averageDecimals(undefined)).toBe(2);
    expect(formatSigned(null)).toBe('—');
  });
  it('formats dates in Russian order', () => {
    expect(formatDate('2024-03-05T10:00:00Z')).toBe('05.03.2024');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
