import { describe, expect, it } from 'vitest';
import type { ListedValue } from '../../api/pending';
import { computedRule } from './computed';

const row = (extra: Partial<ListedValue>): ListedValue =>
  ({
    municipality: 'tula',
    indicator: 'dv-share',
    year: 2023,
    yearLabel: '2023/24',
    period: '',
    category: '',
    categoryLabel: '',
    value: 20,
    qualifier: 'exact',
    ...extra,
  }) as ListedValue;

describe('computedRule', () => {
  it('names the rule of a computed row', () => {
    expect(computedRule({ derived: { rule: 'dv-risk', measure: 'flagged_share' } }, row({ computed: true, rule: 'dv-risk' }))).toBe(
      'dv-risk',
    );
  });
  it('treats a derived indicator without a fact this year as computed too', () => {
    expect(computedRule({ derived: { rule: 'dv-risk', measure: 'flagged_count' } }, undefined)).toBe('dv-risk');
  });
  it('leaves an entered value editable', () => {
    expect(computedRule({}, row({ computed: false, id: 7, version: 1 }))).toBeUndefined();
    expect(computedRule({}, undefined)).toBeUndefined();
  });
});
