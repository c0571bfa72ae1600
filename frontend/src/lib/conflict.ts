import type { Value, ValueWrite } from '../api/types';

/** Natural key of a value: municipality, indicator, organization, year, period, category. */
export function valueKey(v: Pick<Value, 'municipality' | 'indicator' | 'organization' | 'year' | 'period' | 'category'>): string {
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
