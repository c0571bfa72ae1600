import { useQuery } from '@tanstack/react-query';
import type { Target, TargetWrite } from '../../../api/types';
import { ifMatchFor, list, request } from '../../../lib/api';
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

/** DELETE /targets/{id} with If-Match of the shown version: a target changed meanwhile answers 412. */
export function deleteTarget(target: Pick<Target, 'id' | 'version'>): Promise<void> {
  const ifMatch = target.version === undefined ? undefined : ifMatchFor(target.version);
  return request<void>(`/targets/${encodeURIComponent(String(target.id))}`, { method: 'DELETE', ifMatch });
}
