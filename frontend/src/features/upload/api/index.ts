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

/** Polls a job every second until it has finished. */
export function useJob(id: string | number | undefined) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: ({ signal }) => request<ImportJob>(`/imports/${encodeURIComponent(String(id))}`, { signal }),
    enabled: id !== undefined,
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
