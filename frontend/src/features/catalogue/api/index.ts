import { useQuery } from '@tanstack/react-query';
import type { AreaCount, Indicator } from '../../../api/types';
import type { Area, AreaInput } from '../../../api/pending';
import { ifMatchFor, request, requestFull } from '../../../lib/api';

export function useAreas() {
  return useQuery({
    queryKey: ['indicator-areas'],
    queryFn: ({ signal }) => request<AreaCount[] | { items: AreaCount[] }>('/indicators/areas', { signal }),
    select: (d) => (Array.isArray(d) ? d : d.items),
  });
}

/** The managed list of areas (GET /areas), in the catalogue's order. */
export function useAreaList() {
  return useQuery({
    queryKey: ['areas'],
    queryFn: ({ signal }) => request<Area[]>('/areas', { signal }),
    staleTime: 60_000,
  });
}

export function saveArea(code: string, body: AreaInput, ifMatch?: string): Promise<Area> {
  return request<Area>(`/areas/${encodeURIComponent(code)}`, { method: 'PUT', body, ifMatch });
}

export function deleteArea(code: string, version: number): Promise<unknown> {
  return request(`/areas/${encodeURIComponent(code)}`, { method: 'DELETE', ifMatch: ifMatchFor(version) });
}

/** Fresh copy with its ETag, so the edit is checked against what was read. */
export async function loadForEdit(code: string): Promise<{ indicator: Indicator; ifMatch: string | undefined }> {
  const res = await requestFull<Indicator>(`/indicators/${encodeURIComponent(code)}`);
  return { indicator: res.data, ifMatch: res.etag ?? (res.data.version !== undefined ? ifMatchFor(res.data.version) : undefined) };
}

export function saveIndicator(code: string, body: Indicator, ifMatch: string | undefined): Promise<Indicator> {
  return request<Indicator>(`/indicators/${encodeURIComponent(code)}`, { method: 'PUT', body, ifMatch });
}
