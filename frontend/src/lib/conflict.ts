import type { Value, ValueWrite } from '../api/types';

/** Natural key of a value: municipality, indicator, organization, year, period, category. */
/** The fields of a value's natural key (a stored value has them all; a value being written may omit period and category). */
type KeyFields = Pick<ValueWrite, 'municipality' | 'indicator' | 'organization' | 'year' | 'period' | 'category'>;

export function valueKey(v: KeyFields): string {
  return [v.municipality, v.indicator, v.organization ?? '', v.year, v.period ?? '', v.category ?? ''].join('|');
}

/** The one stored value whose natural key equals the edited one, if any. */
export function findTheirs(candidates: Value[], mine: ValueWrite): Value | undefined {
  const key = valueKey(mine);
  return candidates.find((c) => valueKey(c) === key);
}

export interface Conflict {
  mine: ValueWrite;
  theirs: Value | undefined;
}
