import { describe, expect, it } from 'vitest';
import type { Value } from '../../api/types';
import { cellKey, columnYearLabels, dirtyCells, splitCellKey, storedCells } from './model';

const v = (organization: string | undefined, indicator: string, value: number, extra: Partial<Value> = {}): Value => ({
  id: Math.round(value * 10),
  municipality: 'kaluga',
  indicator,
  organization,
  year: 2024,
  yearLabel: '2024',
  period: '',
  category: '',
  categoryLabel: '',
  value,
  qualifier: 'exact',
  version: 1,
  updatedAt: '2024-01-01T00:00:00Z',
  ...extra,
});

describe('schools grid cells', () => {
  it('keys a cell by school and indicator and back', () => {
    expect(splitCellKey(cellKey('school-5', 'kaluga-2.1'))).toEqual({ organization: 'school-5', indicator: 'kaluga-2.1' });
  });
  it('holds only the schools’ annual totals', () => {
    const m = storedCells([
      v('school-5', 'a', 1),
      v(undefined, 'a', 2),
      v('school-5', 'b', 3, { category: 'subject=math' }),
      v('school-5', 'c', 4, { period: 'Q1' }),
      v('school-7', 'a', 5),
    ]);
    expect([...m.keys()]).toEqual([cellKey('school-5', 'a'), cellKey('school-7', 'a')]);
    expect(m.get(cellKey('school-7', 'a'))?.value).toBe(5);
  });
  it('lists the changed cells row by row; typing back the stored figure is no change', () => {
    const stored = storedCells([v('s1', 'a', 12.5), v('s2', 'b', 3)]);
    const drafts = {
      [cellKey('s2', 'a')]: { input: '7' },
      [cellKey('s1', 'a')]: { input: '12,5' },
      [cellKey('s1', 'b')]: { input: '1,5' },
      [cellKey('s2', 'b')]: { input: '4' },
    };
    expect(dirtyCells(['s1', 's2'], ['a', 'b'], stored, drafts, 'ru')).toEqual([
      cellKey('s1', 'b'),
      cellKey('s2', 'a'),
      cellKey('s2', 'b'),
    ]);
    expect(dirtyCells(['s1'], ['a', 'b'], stored, drafts, 'ru')).toEqual([cellKey('s1', 'b')]);
  });
  it('labels a column with its school year', () => {
    const labels = columnYearLabels([
      { ...v('s1', 'a', 1), yearLabel: '2024/25' },
      { ...v('s1', 'b', 1), yearLabel: '2024' },
      v('s1', 'c', 1),
    ]);
    expect(labels.get('a')).toBe('2024/25');
    expect(labels.get('c')).toBe('2024');
  });
});
