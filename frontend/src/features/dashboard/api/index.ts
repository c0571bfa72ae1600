import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Attainment, AttainmentSummary } from '../../../api/types';
import { list, request } from '../../../lib/api';
import { qk } from '../../../lib/queries';

export function useAttainment(municipality: string, year: number | undefined) {
  return useQuery({
    queryKey: qk.attainment({ municipality, year }),
    queryFn: ({ signal }) => list<Attainment>('/attainment', { municipality, year }, signal),
    enabled: !!year,
    placeholderData: keepPreviousData,
  });
}

export function useSummary(municipality: string, year: number | undefined) {
  return useQuery({
    queryKey: ['attainment-summary', municipality, year],
    queryFn: ({ signal }) => request<AttainmentSummary>('/attainment/summary', { query: { municipality, year }, signal }),
    enabled: !!year,
  });
}
