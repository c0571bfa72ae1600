import { describe, expect, it } from 'vitest';
import { checkValue, hasErrors } from './validation';

const pct = { unit: 'percent', decimals: 1 } as const;
const codes = (input: string, ind: Parameters<typeof checkValue>[1]) => checkValue(input, ind).checks.map((c) => c.code);

describe('checkValue', () => {
  it('keeps percents within 0..100', () => {
    expect(codes('12,5', pct)).toEqual([]);
    expect(codes('100', pct)).toEqual([]);
    expect(codes('100,1', pct)).toEqual(['percent_range']);
    expect(codes('-1', pct)).toEqual(['percent_range']);
  });
  it('checks the scale', () => {
    const scale = { unit: 'score', scaleMin: 0, scaleMax: 5, decimals: 2 } as const;
    expect(codes('4,5', scale)).toEqual([]);
    expect(codes('5,5', scale)).toEqual(['scale_range']);
    expect(checkValue('5,5', scale).checks[0].params).toEqual({ min: 0, max: 5 });
  });
  it('rejects text and returns the parsed number', () => {
    expect(codes('abc', pct)).toEqual(['not_a_number']);
    expect(checkValue('12,5', pct).value).toBe(12.5);
    expect(checkValue('', pct)).toEqual({ value: null, checks: [] });
  });
  it('only warns about too many decimals', () => {
    const r = checkValue('12,55', pct);
    expect(r.checks).toEqual([{ level: 'warning', code: 'too_many_decimals', params: { decimals: 1 } }]);
    expect(hasErrors(r.checks)).toBe(false);
  });
  it('yes/no and counts', () => {
    expect(codes('1', { unit: 'yes_no' })).toEqual([]);
    expect(codes('2', { unit: 'yes_no' })).toEqual(['boolean']);
    expect(codes('-2', { unit: 'count' })).toEqual(['negative_count']);
  });
});
