import { useQuery } from '@tanstack/react-query';
import type { PeriodQueueItem, PeriodState } from '../../../api/types';
import { list } from '../../../lib/api';

export type QueueRow = PeriodQueueItem;

export function usePeriods(state: PeriodState | undefined) {
  return useQuery({
    queryKey: ['periods', state],
    queryFn: ({ signal }) => list<QueueRow>('/periods', { state }, signal),
  });
}
