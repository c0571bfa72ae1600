// Targeted recommendations, shared by the recommendations feature, the «Зона риска» page (which
// recommends from a rule's flags) and the menu (the badge of open ones): the query keys, the
// count of open ones, the POST, and how a deadline is offered.
import { useQuery } from '@tanstack/react-query';
import type { Recommendation, RecommendationBatch, RecommendationInput } from '../api/pending';
import { list, request } from './api';

export const recKeys = {
  all: ['recommendations'] as const,
  list: (q: Record<string, unknown>) => ['recommendations', 'list', q] as const,
  one: (id: number) => ['recommendations', 'one', id] as const,
  effect: (id: number) => ['recommendations', 'effect', id] as const,
  open: (q: Record<string, unknown>) => ['recommendations', 'open', q] as const,
};

/** The number of open recommendations (for the menu's badge): one item asked, the total read. */
export function useOpenCount(q: { municipality?: string; organization?: string }, enabled = true) {
  const query = { ...q, status: 'open', size: 1 };
  return useQuery({
    queryKey: recKeys.open(query),
    queryFn: ({ signal }) => list<Recommendation>('/recommendations', query, signal),
    enabled,
    staleTime: 60_000,
    select: (p) => p.total,
  });
}

export function createRecommendations(body: RecommendationInput): Promise<RecommendationBatch> {
  return request<RecommendationBatch>('/recommendations', { method: 'POST', body });
}

/** The default deadline offered: May of the year after the flags' year, the end of that school year (YYYY-MM). */
export function defaultDue(year: number): string {
  return `${year + 1}-05`;
}

/** The canonical deadline forms the API accepts (a hint before the server's 422). */
export function looksLikeDue(text: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/i.test(text.trim());
}

/** Distinct indicator codes of a rule's conditions, in order: what a recommendation from its flags follows. */
export function ruleIndicators(rule: { conditions?: { indicator?: string }[] } | undefined): string[] {
  const out: string[] = [];
  for (const c of rule?.conditions ?? []) if (c.indicator && !out.includes(c.indicator)) out.push(c.indicator);
  return out;
}
