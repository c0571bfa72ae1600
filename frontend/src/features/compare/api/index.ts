import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Ranking } from '../../../api/types';
import { request } from '../../../lib/api';

/** GET /attainment/ranking: {indicator, year, polarity, items} with every municipality in scope. */
export function useRanking(indicator: string | undefined, year: number) {
  return useQuery({
    queryKey: ['ranking', indicator, year],
    queryFn: ({ signal }) => request<Ranking>('/attainment/ranking', { query: { indicator, year }, signal }),
    enabled: !!indicator,
    placeholderData: keepPreviousData,
  });
}
