import { useQuery } from '@tanstack/react-query';
import type { ImportJob, ImportMode, ImportType } from '../../../api/types';
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
