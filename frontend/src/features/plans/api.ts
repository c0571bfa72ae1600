import { useQuery } from '@tanstack/react-query';
import type {
  Activity,
  ActivityHistoryEntry,
  ActivityStatus,
  ActivityWrite,
  Effect,
  Evidence,
  Plan,
  PlanNodeWrite,
  PlanTree,
  PlanWrite,
} from '../../api/pending';
import { ifMatchFor, isApiError, list, request, requestFull, type Query } from '../../lib/api';

const enc = encodeURIComponent;
const planPath = (plan: string) => `/plans/${enc(plan)}`;
const activityPath = (plan: string, activity: string) => `${planPath(plan)}/activities/${enc(activity)}`;

export const pk = {
  plans: (municipality: string | undefined) => ['plans', municipality ?? ''] as const,
  tree: (plan: string) => ['plan-tree', plan] as const,
  activities: (q: Query) => ['activities', q] as const,
  history: (plan: string, activity: string) => ['activity-history', plan, activity] as const,
  evidence: (plan: string, activity: string) => ['activity-evidence', plan, activity] as const,
  effect: (plan: string, activity: string) => ['activity-effect', plan, activity] as const,
};

/** A municipality's plans, or (no municipality) every plan the caller may read. */
export function usePlans(municipality: string | undefined) {
  return useQuery({
    queryKey: pk.plans(municipality),
    queryFn: ({ signal }) => list<Plan>('/plans', { municipality }, signal),
  });
}

export function usePlanTree(plan: string) {
  return useQuery({
    queryKey: pk.tree(plan),
    queryFn: ({ signal }) => request<PlanTree>(`${planPath(plan)}/tree`, { signal }),
    enabled: !!plan,
  });
}

/** The board's and the calendar's one request: GET /activities with the view's filters. */
export function fetchActivities(query: Query, signal?: AbortSignal) {
  return list<Activity>('/activities', query, signal);
}

export function useActivities(query: Query) {
  return useQuery({
    queryKey: pk.activities(query),
    queryFn: ({ signal }) => fetchActivities(query, signal),
  });
}

export function useHistory(plan: string, activity: string) {
  return useQuery({
    queryKey: pk.history(plan, activity),
    queryFn: ({ signal }) => list<ActivityHistoryEntry>(`${activityPath(plan, activity)}/history`, {}, signal),
  });
}

export function useEvidence(plan: string, activity: string) {
  return useQuery({
    queryKey: pk.evidence(plan, activity),
    queryFn: ({ signal }) => list<Evidence>(`${activityPath(plan, activity)}/evidence`, {}, signal),
  });
}

export function useActivityEffect(plan: string, activity: string) {
  return useQuery({
    queryKey: pk.effect(plan, activity),
    queryFn: ({ signal }) => request<Effect>(`${activityPath(plan, activity)}/effect`, { signal }),
    retry: (n, e) => !isApiError(e, 404) && n < 2,
  });
}

const match = (version: number | undefined) => (version === undefined ? undefined : ifMatchFor(version));

export async function planExists(plan: string): Promise<boolean> {
  try {
    await request<Plan>(planPath(plan));
    return true;
  } catch (e) {
    if (isApiError(e) && e.status !== 401 && e.status !== 403) return false;
    throw e;
  }
}

export async function putPlan(plan: string, body: PlanWrite, version?: number): Promise<Plan> {
  return (await requestFull<Plan>(planPath(plan), { method: 'PUT', body, ifMatch: match(version) })).data;
}

export async function deletePlan(plan: string, version?: number): Promise<void> {
  await requestFull<void>(planPath(plan), { method: 'DELETE', ifMatch: match(version) });
}

export async function approvePlan(plan: string): Promise<Plan> {
  return request<Plan>(`${planPath(plan)}/approve`, { method: 'POST' });
}

export async function reopenPlan(plan: string, reason: string): Promise<Plan> {
  return request<Plan>(`${planPath(plan)}/reopen`, { method: 'POST', body: { reason } });
}

export async function putNode(plan: string, node: string, body: PlanNodeWrite): Promise<unknown> {
  return request(`${planPath(plan)}/nodes/${enc(node)}`, { method: 'PUT', body });
}

export async function deleteNode(plan: string, node: string): Promise<void> {
  await request<void>(`${planPath(plan)}/nodes/${enc(node)}`, { method: 'DELETE' });
}

export async function putActivity(plan: string, activity: string, body: ActivityWrite, version?: number): Promise<Activity> {
  return (await requestFull<Activity>(activityPath(plan, activity), { method: 'PUT', body, ifMatch: match(version) })).data;
}

export async function deleteActivity(plan: string, activity: string, version?: number): Promise<void> {
  await requestFull<void>(activityPath(plan, activity), { method: 'DELETE', ifMatch: match(version) });
}

export async function changeStatus(plan: string, activity: string, status: ActivityStatus, comment: string): Promise<Activity> {
  return request<Activity>(`${activityPath(plan, activity)}/status`, {
    method: 'POST',
    body: comment.trim() ? { status, comment } : { status },
  });
}

export async function uploadEvidence(plan: string, activity: string, file: File, note: string): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (note.trim()) form.append('note', note);
  return request<Evidence>(`${activityPath(plan, activity)}/evidence`, { method: 'POST', body: form });
}

export async function addEvidenceNote(plan: string, activity: string, body: { note?: string; link?: string }): Promise<Evidence> {
  return request<Evidence>(`${activityPath(plan, activity)}/evidence`, { method: 'POST', body });
}

export async function deleteEvidence(plan: string, activity: string, id: Evidence['id']): Promise<void> {
  await request<void>(`${activityPath(plan, activity)}/evidence/${enc(String(id))}`, { method: 'DELETE' });
}

export const evidencePath = (plan: string, activity: string, id: Evidence['id']) =>
  `${activityPath(plan, activity)}/evidence/${enc(String(id))}`;
