import { useQuery } from '@tanstack/react-query';
import type { AreaCount, ImportJob, ImportMode, ImportType } from '../../../api/types';
import { list, request } from '../../../lib/api';

export function isFinished(status: ImportJob['status'] | undefined): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'rejected';
}

export function postImport(file: File, type: ImportType, dryRun: boolean, mode: ImportMode): Promise<ImportJob> {
  const fd = new FormData();
  fd.append('file', file, file.name);
  const key = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return request<ImportJob>('/imports', {
    method: 'POST',
    query: { type, dryRun, mode, fileName: file.name },
    body: fd,
    headers: { 'Idempotency-Key': key },
  });
}

/** How long a read job stays fresh: a finished one for good, an unfinished one not at all. */
export function jobStaleTime(job: Pick<ImportJob, 'status'> | undefined): number {
  return isFinished(job?.status) ? Infinity : 0;
}

/**
 * Polls a job every second until it has finished. A finished job never changes: the report the
 * upload answered with (a small file is checked during the request) is final and is not fetched
 * again, so a failed or slow refetch cannot take the shown report away.
 */
export function useJob(id: string | number | undefined) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: ({ signal }) => request<ImportJob>(`/imports/${encodeURIComponent(String(id))}`, { signal }),
    enabled: id !== undefined,
    staleTime: (q) => jobStaleTime(q.state.data),
    refetchInterval: (q) => (isFinished(q.state.data?.status) ? false : 1000),
  });
}

export function useImports() {
  return useQuery({
    queryKey: ['imports'],
    queryFn: ({ signal }) => list<ImportJob>('/imports', { size: 50 }, signal),
  });
}

export function progressPercent(job: Pick<ImportJob, 'rowsTotal' | 'rowsProcessed' | 'status'> | undefined): number {
  if (!job) return 0;
  if (isFinished(job.status)) return 100;
  if (!job.rowsTotal) return 0;
  return Math.min(99, Math.floor(((job.rowsProcessed ?? 0) / job.rowsTotal) * 100));
}

/** The catalogue's areas, for the template's filter (same query key as the catalogue page's). */
export function useTemplateAreas() {
  return useQuery({
    queryKey: ['indicator-areas'],
    queryFn: ({ signal }) => request<AreaCount[] | { items: AreaCount[] }>('/indicators/areas', { signal }),
    select: (d) => (Array.isArray(d) ? d : d.items),
    staleTime: 5 * 60_000,
  });
}

export interface TemplateChoice {
  kind: 'values' | 'targets';
  year: number;
  area?: string;
  organization?: string;
  group?: string;
}

/** GET /templates/values|targets with the filters the API takes (organization wins over group). */
export function templateRequest(
  municipality: string,
  c: TemplateChoice,
): { path: string; query: Record<string, string | number | undefined> } {
  return {
    path: `/templates/${c.kind}`,
    query: {
      municipality,
      year: c.year,
      area: c.area,
      organization: c.organization,
      group: c.organization ? undefined : c.group,
    },
  };
}

/** The file name when the server's Content-Disposition cannot be read. */
export function templateFallbackName(municipality: string, c: TemplateChoice): string {
  return `orientir-shablon-${c.kind === 'values' ? 'znacheniy' : 'tseley'}-${municipality}-${c.year}.xlsx`;
}
