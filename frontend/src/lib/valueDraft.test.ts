import { describe, expect, it } from 'vitest';
import type { Value } from '../api/types';
import { changedFields, holdsMyChanges, isDirty, planPaste, saveBody, splitPaste } from './valueDraft';

const key = { municipality: 'kaluga', indicator: 'kaluga-1.2', year: 2024 };
const stored: Value = {
  id: 7,
  ...key,
  yearLabel: '2024',
  categoryLabel: '',
  period: '',
  category: '',
  value: 12.5,
  qualifier: 'approx',
  numerator: 25,
  denominator: 200,
  comment: 'по данным РИС',
  source: 'kaluga.txt, строка 385',
  version: 3,
  updatedAt: '2024-03-01T10:00:00Z',
};

describe('the save body keeps what the user did not touch', () => {
  it('a new value keeps source, comment, qualifier, numerator and denominator as stored', () => {
    const r = saveBody(key, stored, { input: '13,5' }, 'ru');
    expect(r).toEqual({
      ok: true,
      body: {
        ...key,
        value: 13.5,
        qualifier: 'approx',
        numerator: 25,
        denominator: 200,
        comment: 'по данным РИС',
        source: 'kaluga.txt, строка 385',
      },
    });
  });
  it('a changed comment keeps the value and the source', () => {
    const r = saveBody(key, stored, { comment: 'уточнено' }, 'ru');
    expect(r.ok && r.body).toMatchObject({ value: 12.5, comment: 'уточнено', source: 'kaluga.txt, строка 385', numerator: 25 });
  });
  it('a cleared comment is sent as empty, the rest stays', () => {
    const r = saveBody(key, stored, { comment: '' }, 'ru');
    expect(r.ok && r.body).toMatchObject({ comment: '', source: 'kaluga.txt, строка 385', qualifier: 'approx' });
  });
  it('a changed qualifier replaces only the qualifier', () => {
    const r = saveBody(key, stored, { qualifier: 'exact' }, 'ru');
    expect(r.ok && r.body).toMatchObject({ qualifier: 'exact', value: 12.5, comment: 'по данным РИС' });
  });
  it('a new row sends only what was typed, with the default qualifier', () => {
    expect(saveBody({ ...key, organization: 'school-1' }, undefined, { input: '1 516' }, 'ru')).toEqual({
      ok: true,
      body: { ...key, organization: 'school-1', value: 1516, qualifier: 'exact' },
    });
  });
  it('refuses text that is not a number, and an empty value', () => {
    expect(saveBody(key, stored, { input: '11 6 27' }, 'ru')).toEqual({ ok: false, field: 'value', error: 'not_a_number' });
    expect(saveBody(key, stored, { input: '' }, 'ru')).toEqual({ ok: false, field: 'value', error: 'required' });
    expect(saveBody(key, undefined, { comment: 'x' }, 'ru')).toEqual({ ok: false, field: 'value', error: 'required' });
  });
});

describe('dirty fields', () => {
  it('typing the stored text back is no change', () => {
    expect(changedFields(stored, { input: '12,5', comment: 'по данным РИС', qualifier: 'approx' }, 'ru')).toEqual([]);
    expect(isDirty(stored, { input: '12.5' }, 'en')).toBe(false);
    expect(isDirty(stored, undefined, 'ru')).toBe(false);
  });
  it('names each changed field', () => {
    expect(changedFields(stored, { input: '13', comment: '' }, 'ru')).toEqual(['value', 'comment']);
    expect(changedFields(undefined, { qualifier: 'exact' }, 'ru')).toEqual([]);
    expect(changedFields(undefined, { qualifier: 'approx' }, 'ru')).toEqual(['qualifier']);
  });
  it('after a conflict, their value may already hold my change', () => {
    const theirs: Value = { ...stored, value: 13, version: 4, source: 'другой файл' };
    expect(holdsMyChanges(theirs, stored, { input: '13' }, 'ru')).toBe(true);
    expect(holdsMyChanges(theirs, stored, { input: '14' }, 'ru')).toBe(false);
    expect(holdsMyChanges(theirs, stored, { input: '13', comment: 'новый' }, 'ru')).toBe(false);
    expect(holdsMyChanges(undefined, stored, { input: '13' }, 'ru')).toBe(false);
  });
});

describe('pasting cells copied from a spreadsheet', () => {
  it('splits rows and cells, dropping the trailing line break', () => {
    expect(splitPaste('11\r\n6\r\n27\r\n')).toEqual([['11'], ['6'], ['27']]);
    expect(splitPaste('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPaste('42')).toEqual([['42']]);
  });
  it('leaves plain text to the browser', () => {
    expect(planPaste('12,5', 0, 5)).toEqual({ kind: 'native' });
  });
  it('spreads a column over the cell and the ones below, never gluing it into one number', () => {
    expect(planPaste('11\r\n6\r\n27\r\n', 1, 5)).toEqual({
      kind: 'spread',
      cells: [
        { row: 1, input: '11' },
        { row: 2, input: '6' },
        { row: 3, input: '27' },
      ],
    });
  });
  it('one cell with its line break replaces the cell', () => {
    expect(planPaste('1 516,5\r\n', 2, 3)).toEqual({ kind: 'spread', cells: [{ row: 2, input: '1 516,5' }] });
  });
  it('an empty cell leaves its row as it is', () => {
    expect(planPaste('1\n\n3\n', 0, 3)).toEqual({
      kind: 'spread',
      cells: [
        { row: 0, input: '1' },
        { row: 2, input: '3' },
      ],
    });
  });
  it('refuses several columns and more cells than rows below', () => {
    expect(planPaste('1\t2\n3\t4\n', 0, 5)).toEqual({ kind: 'refused', reason: 'columns', columns: 2 });
    expect(planPaste('1\t\n2\t\n', 0, 5)).toEqual({
      kind: 'spread',
      cells: [
        { row: 0, input: '1' },
        { row: 1, input: '2' },
      ],
    });
    expect(planPaste('1\n2\n3\n', 3, 5)).toEqual({ kind: 'refused', reason: 'tooMany', count: 3, rows: 2 });
  });
});

describe('cells quoted by Excel', () => {
  it('reads a quoted cell with a line break and doubled quotes as one cell', () => {
    expect(splitPaste('1\t"две\nстроки"\t3\r\n"a ""b"""\t\t5\r\n')).toEqual([
      ['1', 'две\nстроки', '3'],
      ['a "b"', '', '5'],
    ]);
  });
});
