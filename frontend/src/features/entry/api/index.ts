import { useQuery } from '@tanstack/react-query';
import type { Attainment, Target, Value } from '../../../api/types';
import { list, listAll } from '../../../lib/api';
import { qk } from '../../../lib/queries';

/** `organization`: one school's form (a school coordinator reads only its own rows). */
export function useYearValues(municipality: string, year: number, organization?: string) {
  return useQuery({
    queryKey: qk.values({ municipality, year, organization }),
    queryFn: ({ signal }) => listAll<Value>('/values', { municipality, year, organization }, signal),
  });
}

/**
 * The municipality's own indicators: those the attainment list has rows for (the backend
 * lists every indicator the municipality has a target or value for in any year).
 * Same query as the dashboard's, so the two share the cache.
 */
export function useOwnIndicatorCodes(municipality: string, year: number, organization?: string) {
  const q = useQuery({
    queryKey: qk.attainment(organization ? { municipality, organization, year } : { municipality, year }),
    queryFn: ({ signal }) => list<Attainment>('/attainment', { municipality, year, organization }, signal),
    enabled: Number.isInteger(year),
  });
  const codes = q.data ? new Set(q.data.items.map((a) => a.indicator).filter((c): c is string => !!c)) : undefined;
  return { ...q, codes };
}

export function useYearTargets(municipality: string, year: number, organization?: string) {
  return useQuery({
    queryKey: qk.targets({ municipality, year, kind: 'target', organization }),
    queryFn: ({ signal }) => list<Target>('/targets', { municipality, year, kind: 'target', organization }, signal),
  });
}

export { deleteValue, fetchCurrent, saveValue } from '../../../lib/values';
