import type { Value, ValueWrite } from '../api/types';
import { ifMatchFor } from './api';

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

/** True when both sides hold the same figure and qualifier: the conflict needs no choice. */
export function sameContent(mine: ValueWrite, theirs: Value | undefined): boolean {
  if (!theirs) return false;
  return (
    mine.value === theirs.value &&
    (mine.qualifier ?? 'exact') === (theirs.qualifier ?? 'exact') &&
    (mine.comment ?? '') === (theirs.comment ?? '')
  );
}

/** Overwrite: send my body again, now against the version the other person saved. */
export function overwriteRequest(c: Conflict): { body: ValueWrite; ifMatch: string | undefined } {
  return { body: c.mine, ifMatch: c.theirs?.version !== undefined ? ifMatchFor(c.theirs.version) : undefined };
}

/** Keep theirs: the row takes the stored value and its version, my edit is dropped. */
export function takeTheirs(c: Conflict): Value | undefined {
  return c.theirs;
}
