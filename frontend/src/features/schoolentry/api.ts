import { useQuery } from '@tanstack/react-query';
import type { LabelledValue } from '../../api/pending';
import type { Attainment } from '../../api/types';
import { list, listAll } from '../../lib/api';
import { qk } from '../../lib/queries';

/** Every value of the municipality and year in one request (more pages only past 1000 values). */
export const gridValuesKey = (municipality: string, year: number) => qk.values({ municipality, year, grid: true });

export function useGridValues(municipality: string, year: number) {
  return useQuery({
    queryKey: gridValuesKey(municipality, year),
    queryFn: ({ signal }) => listAll<LabelledValue>('/values', { municipality, year }, signal),
    enabled: Number.isInteger(year),
  });
}

/** The municipality's own indicators of the year (the dashboard's query: shared cache). */
export function useOwnCodes(municipality: string, year: number) {
  const q = useQuery({
    queryKey: qk.attainment({ municipality, year }),
    queryFn: ({ signal }) => list<Attainment>('/attainment', { municipality, year }, signal),
    enabled: Number.isInteger(year),
  });
  return { ...q, codes: q.data ? new Set(q.data.items.map((a) => a.indicator).filter((c): c is string => !!c)) : undefined };
}
