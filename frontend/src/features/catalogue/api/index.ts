import { useQuery } from '@tanstack/react-query';
import type { AreaCount, Indicator } from '../../../api/types';
import { ifMatchFor, request, requestFull } from '../../../lib/api';

export function useAreas() {
  return useQuery({
    queryKey: ['indicator-areas'],
    queryFn: ({ signal }) => request<AreaCount[] | { items: AreaCount[] }>('/indicators/areas', { signal }),
    select: (d) => (Array.isArray(d) ? d : d.items),
  });
}

/** Fresh copy with its ETag, so the edit is checked against what was read. */
export async function loadForEdit(code: string): Promise<{ indicator: Indicator; ifMatch: string | undefined }> {
  const res = await requestFull<Indicator>(`/indicators/${encodeURIComponent(code)}`);
  return { indicator: res.data, ifMatch: res.etag ?? (res.data.version !== undefined ? ifMatchFor(res.data.version) : undefined) };
}

export function saveIndicator(code: string, body: Indicator, ifMatch: string | undefined): Promise<Indicator> {
  return request<Indicator>(`/indicators/${encodeURIComponent(code)}`, { method: 'PUT', body, ifMatch });
}
