import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Effect, Recommendation, RecommendationOutcome } from '../../api/pending';
import { ifMatchFor, list, request } from '../../lib/api';
import { recKeys } from '../../lib/recommendations';

export { recKeys };

export function useRecommendations(q: Record<string, string | number | boolean>, enabled = true) {
  return useQuery({
    queryKey: recKeys.list(q),
    queryFn: ({ signal }) => list<Recommendation>('/recommendations', q, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
export function useRecommendationEffect(id: number | undefined) {
  return useQuery({
    queryKey: recKeys.effect(id ?? 0),
    queryFn: ({ signal }) => request<Effect>(`/recommendations/${id}/effect`, { signal }),
    enabled: !!id,
  });
}

export function respond(r: Pick<Recommendation, 'id' | 'version'>, text: string): Promise<Recommendation> {
  return request<Recommendation>(`/recommendations/${r.id}/response`, {
    method: 'POST',
    body: { text },
    ifMatch: ifMatchFor(r.version),
  });
}

export function giveVerdict(
  r: Pick<Recommendation, 'id' | 'version'>,
  outcome: RecommendationOutcome,
  text: string | undefined,
): Promise<Recommendation> {
  return request<Recommendation>(`/recommendations/${r.id}/verdict`, {
    method: 'POST',
    body: { outcome, text },
    ifMatch: ifMatchFor(r.version),
  });
}

export async function deleteRecommendation(r: Pick<Recommendation, 'id' | 'version'>): Promise<void> {
  await request<void>(`/recommendations/${r.id}`, { method: 'DELETE', ifMatch: ifMatchFor(r.version) });
}
