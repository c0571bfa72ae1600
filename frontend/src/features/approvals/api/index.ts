import { useQuery } from '@tanstack/react-query';
import type { Period, PeriodState } from '../../../api/types';
import { list } from '../../../lib/api';

export function usePeriods(state: PeriodState | undefined) {
  return useQuery({
    queryKey: ['periods', state],
    queryFn: ({ signal }) => list<Period>('/periods', { state }, signal),
  });
}
