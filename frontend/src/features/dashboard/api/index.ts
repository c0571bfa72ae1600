import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Trends } from '../../../api/pending';
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
    placeholderData: keepPreviousData,
  });
}

/** How many years a sparkline looks back (the dashboard's year and the six before it). */
export const TREND_YEARS = 7;
/** The API's first year (Checks.MIN_YEAR). */
const FIRST_YEAR = 1990;

/**
 * Every row's trend in one request (GET /attainment/trends), instead of one series request per row. Under
 * the series key, so that a save that refreshes the series refreshes it too.
 */
export function useTrends(municipality: string, year: number | undefined) {
  return useQuery({
    queryKey: qk.series({ trends: true, municipality, year }),
    queryFn: ({ signal }) =>
      request<Trends>('/attainment/trends', {
        query: { municipality, yearFrom: Math.max(FIRST_YEAR, (year ?? 0) - TREND_YEARS + 1), yearTo: year },
        signal,
      }),
    enabled: !!year,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
