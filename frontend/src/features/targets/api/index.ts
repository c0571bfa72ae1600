import { useQuery } from '@tanstack/react-query';
import type { Target, TargetWrite } from '../../../api/types';
import { list, request } from '../../../lib/api';
import { qk } from '../../../lib/queries';

export function useIndicatorTargets(municipality: string, indicator: string | undefined) {
  return useQuery({
    queryKey: qk.targets({ municipality, indicator }),
    queryFn: ({ signal }) => list<Target>('/targets', { municipality, indicator }, signal),
    enabled: !!indicator,
  });
}

export function putTarget(body: TargetWrite, ifMatch?: string): Promise<Target> {
  return request<Target>('/targets', { method: 'PUT', body, ifMatch });
}

export function deleteTarget(id: string | number): Promise<void> {
  return request<void>(`/targets/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}
