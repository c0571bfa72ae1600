import { useQuery } from '@tanstack/react-query';
import type { GroupProgress } from '../../../api/pending';
import type { Group, GroupWrite } from '../../../api/types';
import { ifMatchFor, isApiError, request, requestFull } from '../../../lib/api';

const base = (code: string) => `/municipalities/${encodeURIComponent(code)}/groups`;

export function useGroup(code: string, group: string) {
  return useQuery({
    queryKey: ['group', code, group],
    queryFn: ({ signal }) => request<Group>(`${base(code)}/${encodeURIComponent(group)}`, { signal }),
  });
}

/** PUT creates the register or replaces it; an edit sends the shown version (a stale one: 412). */
export async function putGroup(code: string, group: string, body: GroupWrite, version: number | undefined): Promise<Group> {
  const res = await requestFull<Group>(`${base(code)}/${encodeURIComponent(group)}`, {
    method: 'PUT',
    body,
    ifMatch: version === undefined ? undefined : ifMatchFor(version),
  });
  return res.data;
}

export async function deleteGroup(code: string, group: Pick<Group, 'code' | 'version'>): Promise<void> {
  await requestFull<void>(`${base(code)}/${encodeURIComponent(group.code ?? '')}`, {
    method: 'DELETE',
    ifMatch: group.version === undefined ? undefined : ifMatchFor(group.version),
  });
}

export function useGroupProgress(code: string, group: string, indicator: string | undefined, category: string | undefined) {
  return useQuery({
    queryKey: ['group-progress', code, group, indicator, category],
    queryFn: ({ signal }) =>
      request<GroupProgress>(`${base(code)}/${encodeURIComponent(group)}/progress`, { query: { indicator, category }, signal }),
    enabled: !!indicator,
  });
}

/** Whether a register with this code exists (any refusal but 401/403, e.g. a malformed code, is left to the PUT to explain). */
export async function groupExists(code: string, group: string): Promise<boolean> {
  try {
    await request<Group>(`${base(code)}/${encodeURIComponent(group)}`);
    return true;
  } catch (e) {
    if (isApiError(e) && e.status !== 401 && e.status !== 403) return false;
    throw e;
  }
}
