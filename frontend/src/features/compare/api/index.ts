import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RankingItem } from '../../../api/types';
import { list } from '../../../lib/api';

export function useRanking(indicator: string | undefined, year: number) {
  return useQuery({
    queryKey: ['ranking', indicator, year],
    queryFn: ({ signal }) => list<RankingItem>('/attainment/ranking', { indicator, year }, signal),
    enabled: !!indicator,
    placeholderData: keepPreviousData,
  });
}
