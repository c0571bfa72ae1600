import { describe, expect, it } from 'vitest';
import { parseDecimal, toInputString } from './decimal';

describe('parseDecimal', () => {
  it('accepts a decimal comma or point', () => {
    expect(parseDecimal('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseDecimal('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseDecimal(',5')).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal('7,')).toEqual({ ok: true, value: 7 });
  });
  it('accepts spaces (also non-breaking) as thousands separators', () => {
    expect(parseDecimal('1 516')).toEqual({ ok: true, value: 1516 });
    expect(parseDecimal('1\u00a0516,25')).toEqual({ ok: true, value: 1516.25 });
    expect(parseDecimal('12 345 678')).toEqual({ ok: true, value: 12345678 });
    expect(parseDecimal('-1 000')).toEqual({ ok: true, value: -1000 });
    expect(parseDecimal('  42  ')).toEqual({ ok: true, value: 42 });
  });
  it('accepts signs, including the typographic minus', () => {
    expect(parseDecimal('-3')).toEqual({ ok: true, value: -3 });
    expect(parseDecimal('−3,5')).toEqual({ ok: true, value: -3.5 });
    expect(parseDecimal('+4')).toEqual({ ok: true, value: 4 });
  });
  it('treats empty input as no value', () => {
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('   ')).toEqual({ ok: true, value: null });
    expect(parseDecimal(null)).toEqual({ ok: true, value: null });
  });
  it('rejects anything ambiguous or not a number', () => {
    for (const bad of [
      'abc',
      '12a',
      '1,2,3',
      '1.234,5',
      '1,234.5',
      '--1',
      '1e5',
      '12 %',
      '.',
      ',',
      '11 6 27',
      '1 5',
      '1516 0',
      '1  516',
      '- 3',
    ]) {
      expect(parseDecimal(bad).ok, bad).toBe(false);
    }
  });
});

describe('toInputString', () => {
  it('shows a comma in Russian, a point in English', () => {
    expect(toInputString(12.5)).toBe('12,5');
    expect(toInputString(12.5, 'en')).toBe('12.5');
    expect(toInputString(null)).toBe('');
  });
});
