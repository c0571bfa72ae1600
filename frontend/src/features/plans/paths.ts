import type { Plan } from '../../api/pending';

const enc = encodeURIComponent;

/** A plan's page: under its municipality, or under /plans for a regional plan. */
export function planUrl(plan: Pick<Plan, 'code' | 'municipality'>): string {
  return plan.municipality ? `/municipalities/${enc(plan.municipality)}/plans/${enc(plan.code)}` : `/plans/${enc(plan.code)}`;
}

export function plansUrl(municipality: string | null | undefined): string {
  return municipality ? `/municipalities/${enc(municipality)}/plans` : '/plans';
}

export function activitiesUrl(municipality: string | null | undefined, plan?: string): string {
  const base = municipality ? `/municipalities/${enc(municipality)}/activities` : '/activities';
  return plan ? `${base}?plan=${enc(plan)}` : base;
}
