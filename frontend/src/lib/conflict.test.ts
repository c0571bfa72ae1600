import { describe, expect, it } from 'vitest';
import type { Value, ValueWrite } from '../api/types';
import { ifMatchFor, versionFromEtag } from './api';
import { findTheirs, valueKey } from './conflict';

const mine: ValueWrite = { municipality: 'kaluga', indicator: '1.2', year: 2020, value: 12.5, qualifier: 'exact' };
const theirs: Value = {
  id: 7,
  municipality: 'kaluga',
  indicator: '1.2',
  year: 2020,
  yearLabel: '2020',
  categoryLabel: '',
  period: '',
  category: '',
  value: 13,
  qualifier: 'exact',
  version: 4,
  updatedBy: 'kaluga-viewer',
  updatedAt: '2024-03-01T10:00:00Z',
};

describe('conflict helpers', () => {
  it('keys values by their natural key', () => {
    expect(valueKey(mine)).toBe(valueKey(theirs));
    expect(valueKey({ ...mine, organization: 'school-1' })).not.toBe(valueKey(theirs));
    expect(valueKey({ ...mine, category: 'math' })).not.toBe(valueKey(theirs));
  });
  it('finds the stored value among candidates', () => {
    const other = { ...theirs, id: 8, organization: 'school-1' };
    expect(findTheirs([other, theirs], mine)).toBe(theirs);
    expect(findTheirs([other], mine)).toBeUndefined();
  });
  it('formats and reads ETags', () => {
    expect(ifMatchFor(3)).toBe('"3"');
    expect(versionFromEtag('"3"')).toBe('3');
    expect(versionFromEtag('W/"12"')).toBe('12');
    expect(versionFromEtag(null)).toBeUndefined();
  });
});
