import { useQuery } from '@tanstack/react-query';
import type { Period, PeriodQueueItem, PeriodState } from '../../../api/types';

export type QueueRow = PeriodQueueItem & Partial<Pick<Period, 'history' | 'completeness'>>;
import { list } from '../../../lib/api';

export function usePeriods(state: PeriodState | undefined) {
  return useQuery({
    queryKey: ['periods', state],
    queryFn: ({ signal }) => list<QueueRow>('/periods', { state }, signal),
  });
}
