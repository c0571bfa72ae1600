import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DueBoard, DueStatus } from '../../api/pending';
import { request } from '../../lib/api';

/** What the board is asked for; absent fields are left out of the query. */
export interface DueFilters {
  municipality?: string;
  organization?: string;
  date?: string;
  status?: DueStatus;
  page?: number;
  size?: number;
}

/** The query string of GET /due for these filters (page from 0). */
export function dueQuery(f: DueFilters): string {
  const p = new URLSearchParams();
  if (f.municipality) p.set('municipality', f.municipality);
  if (f.organization) p.set('organization', f.organization);
  if (f.date) p.set('date', f.date);
  if (f.status) p.set('status', f.status);
  p.set('page', String(f.page ?? 0));
  p.set('size', String(f.size ?? 50));
  return p.toString();
}

/** The due board: one request per view (filters and counts are the server's). */
export function useDueBoard(f: DueFilters) {
  const q = dueQuery(f);
  return useQuery({
    queryKey: ['due', q],
    queryFn: ({ signal }) => request<DueBoard>(`/due?${q}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
