import { describe, expect, it } from 'vitest';
import type { Value } from '../../api/types';
import {
  applyEdits,
  batchItems,
  errorsByKey,
  fillDownEdits,
  keyString,
  localProblem,
  pasteEdits,
  qualifierOf,
  storedByKey,
  undoStep,
  type CellTarget,
  type Drafts,
} from './model';

const stored = (indicator: string, value: number, extra: Partial<Value> = {}): Value => ({
  id: 1,
  municipality: 'kaluga',
  indicator,
  year: 2024,
  yearLabel: '2024',
  period: '',
  category: '',
  categoryLabel: '',
  value,
  qualifier: 'exact',
  version: 4,
  updatedAt: '2024-01-01T00:00:00Z',
  ...extra,
});

// a grid of schools (rows s0..s4) × indicators (columns a..d): every cell edits its value
const target = (row: number, col: number): CellTarget | undefined =>
  col < 4 ? { key: keyString({ indicator: 'abcd'[col], organization: `s${row}` }), field: 'input' } : undefined;
const k = (org: string, ind: string) => keyString({ indicator: ind, organization: org });

describe('a block pasted from Excel', () => {
  it('lays a 3 × 4 block cell by cell from the selected cell; an empty cell changes nothing', () => {
    // as Excel copies it: tabs between cells, CRLF between rows, numbers in Russian format
    const block = ['12,5\t1 234\t\t7', '1\u00a0234,5\t3\t4\t5', '0\t1\u202f000\t2\t-3'].map((l) => l.split('\t'));
    const r = pasteEdits(block, 1, 0, 5, target);
    expect(r.empty).toBe(1);
    expect(r.skipped).toBe(0);
    expect(r.edits).toHaveLength(11);
    expect(r.edits[0]).toEqual({ key: k('s1', 'a'), field: 'input', text: '12,5' });
    expect(r.edits[1]).toEqual({ key: k('s1', 'b'), field: 'input', text: '1 234' });
    expect(r.edits[2]).toEqual({ key: k('s1', 'd'), field: 'input', text: '7' });
    expect(r.edits.some((e) => e.key === k('s1', 'c'))).toBe(false);
  });
  it('drops the cells that fall outside the grid and counts them', () => {
    const r = pasteEdits(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      4,
      3,
      5,
      target,
    );
    expect(r.edits).toEqual([{ key: k('s4', 'd'), field: 'input', text: '1' }]);
    expect(r.skipped).toBe(3);
  });
});

describe('drafts and undo', () => {
  it('remembers the version each draft was made on and undoes a whole paste in one step', () => {
    const s = storedByKey([stored('a', 10, { organization: 's1' })]);
    const first = applyEdits({}, [{ key: k('s1', 'a'), field: 'input', text: '11' }], s);
    expect(first.drafts[k('s1', 'a')]).toEqual({ input: '11', baseVersion: 4 });
    const paste = applyEdits(
      first.drafts,
      [
        { key: k('s1', 'a'), field: 'input', text: '12' },
        { key: k('s2', 'a'), field: 'input', text: '5' },
      ],
      s,
    );
    expect(paste.drafts[k('s2', 'a')]).toEqual({ input: '5', baseVersion: undefined });
    const back = undoStep(paste.drafts, paste.undo!);
    expect(back).toEqual(first.drafts);
    expect(undoStep(back, first.undo!)).toEqual({});
  });
  it('an edit that changes nothing is no undo step', () => {
    const d: Drafts = { x: { input: '1' } };
    expect(applyEdits(d, [{ key: 'x', field: 'input', text: '1' }], new Map()).undo).toBeNull();
  });
  it('reads qualifiers as people type them', () => {
    expect(qualifierOf('Приблизительно')).toBe('approx');
    expect(qualifierOf(' не  менее ')).toBe('at_least');
    expect(qualifierOf('≤')).toBe('at_most');
    expect(qualifierOf('на глаз')).toBe('на глаз');
  });
});

describe('fill-down', () => {
  it('copies the top cell of each selected column into the cells below', () => {
    const text = (row: number, col: number) => `${row}${col}`;
    expect(fillDownEdits({ from: 1, to: 3 }, { from: 0, to: 1 }, target, text)).toEqual([
      { key: k('s2', 'a'), field: 'input', text: '10' },
      { key: k('s3', 'a'), field: 'input', text: '10' },
      { key: k('s2', 'b'), field: 'input', text: '11' },
      { key: k('s3', 'b'), field: 'input', text: '11' },
    ]);
  });
});

describe('the batch', () => {
  const keyOf = (key: string) => {
    const [indicator, organization, category] = key.split('\u0000');
    return { municipality: 'kaluga', indicator, organization: organization || undefined, year: 2024, category };
  };
  it('sends each changed cell with the version it was read at, and the category of its row', () => {
    const s = storedByKey([stored('a', 10)]);
    const catKey = keyString({ indicator: 'b', category: 'subject=math' });
    const drafts: Drafts = {
      [keyString({ indicator: 'a' })]: { input: '1 234,5', baseVersion: 3 },
      [catKey]: { input: '12,5' },
      [keyString({ indicator: 'c' })]: { input: '12a' },
      [keyString({ indicator: 'd' })]: { input: '' },
    };
    const b = batchItems(Object.keys(drafts), keyOf, s, drafts, 'ru');
    expect(b.keys).toEqual([keyString({ indicator: 'a' }), catKey]);
    expect(b.items[0]).toMatchObject({ indicator: 'a', value: 1234.5, version: 3, qualifier: 'exact' });
    expect(b.items[1]).toMatchObject({ indicator: 'b', category: 'subject=math', value: 12.5 });
    expect(b.items[1].version).toBeUndefined();
    expect(localProblem(undefined, drafts[keyString({ indicator: 'c' })], 'ru')).toBe('not_a_number');
    expect(localProblem(s.get(keyString({ indicator: 'a' })), { input: '' }, 'ru')).toBe('emptied');
  });
  it('puts the server errors on the cells the items came from', () => {
    const byKey = errorsByKey(
      [
        { field: 'items[1].value', code: 'percent_out_of_range', message: 'Процент 120 вне диапазона 0–100' },
        { field: 'items[0].version', code: 'stale_version', message: 'уже изменил кто-то другой' },
        { field: 'items[1]', code: 'duplicate', message: 'повтор' },
      ],
      ['k0', 'k1'],
    );
    expect(byKey.k1.fields).toEqual({ value: 'Процент 120 вне диапазона 0–100', row: 'повтор' });
    expect(byKey.k0.conflict).toBe(true);
  });
});
