// Writing measured values (PUT /values with If-Match, DELETE /values/{id}) and reading the
// stored one after a 412: shared by the entry page, the schools grid and a school's form.
import type { Value, ValueWrite } from '../api/types';
import { ifMatchFor, list, requestFull } from './api';

export async function saveValue(body: ValueWrite, ifMatch: string | undefined): Promise<Value> {
  const res = await requestFull<Value>('/values', { method: 'PUT', body, ifMatch });
  return res.data;
}

/** The values stored under the natural key of `mine` (after a 412: what the other person saved). */
export async function fetchCurrent(mine: ValueWrite): Promise<Value[]> {
  const page = await list<Value>('/values', {
    municipality: mine.municipality,
    indicator: mine.indicator,
    organization: mine.organization,
    year: mine.year,
  });
  return page.items;
}

/** DELETE /values/{id} with If-Match of the shown version: a value changed meanwhile answers 412. */
export async function deleteValue(value: Pick<Value, 'id' | 'version'>): Promise<void> {
  const ifMatch = value.version === undefined ? undefined : ifMatchFor(value.version);
  await requestFull<void>(`/values/${encodeURIComponent(String(value.id))}`, { method: 'DELETE', ifMatch });
}

/** An annual total (no period, no category): what the entry grids show and write. */
export function isAnnualTotal(v: Pick<Value, 'period' | 'category'>): boolean {
  return !v.period && !v.category;
}
