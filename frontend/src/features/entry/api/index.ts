import { useQuery } from '@tanstack/react-query';
import type { Target, Value, ValueWrite } from '../../../api/types';
import { ifMatchFor, list, requestFull } from '../../../lib/api';
import { qk } from '../../../lib/queries';

export function useYearValues(municipality: string, year: number) {
  return useQuery({
    queryKey: qk.values({ municipality, year }),
    queryFn: ({ signal }) => list<Value>('/values', { municipality, year }, signal),
  });
}

export function useYearTargets(municipality: string, year: number) {
  return useQuery({
    queryKey: qk.targets({ municipality, year, kind: 'target' }),
    queryFn: ({ signal }) => list<Target>('/targets', { municipality, year, kind: 'target' }, signal),
  });
}

export async function saveValue(body: ValueWrite, ifMatch: string | undefined): Promise<Value> {
  const res = await requestFull<Value>('/values', { method: 'PUT', body, ifMatch });
  return res.data;
}

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
