import { describe, expect, it } from 'vitest';
import type { Target } from '../../api/types';
import { defaultPeriod, yearsOf } from './model';

const tg = (year: number, kind: Target['kind'] = 'target'): Target => ({
  id: year,
  municipality: 'm',
  indicator: 'i',
  category: '',
  year,
  yearLabel: String(year),
  kind,
  comparator: 'ge',
  value: 1,
  version: 1,
  updatedAt: '2024-03-01T10:00:00Z',
});

describe('programme period', () => {
  it('spans the years with targets, else a default window', () => {
    expect(defaultPeriod([tg(2022), tg(2025), tg(2019, 'baseline')])).toEqual([2022, 2025]);
    expect(defaultPeriod([], 2026)).toEqual([2025, 2030]);
  });
  it('lists years in order, at most 30', () => {
    expect(yearsOf(2022, 2024)).toEqual([2022, 2023, 2024]);
    expect(yearsOf(2024, 2022)).toEqual([2022, 2023, 2024]);
    expect(yearsOf(1900, 2100).length).toBe(30);
  });
});
