import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MissingIndicator, Period, PeriodAction, PeriodState } from '../api/types';
import { request } from './api';

export const PERIOD_STATE_COLOR: Record<PeriodState, string> = {
  open: 'default',
  submitted: 'gold',
  approved: 'green',
  returned: 'volcano',
};

/** Values may be changed only while the period is open or returned. */
export function isLocked(state: PeriodState | undefined): boolean {
  return state === 'submitted' || state === 'approved';
}

/** Which transitions a user may see on a period in a given state. */
export function allowedActions(state: PeriodState | undefined, p: { submit: boolean; approve: boolean }): PeriodAction[] {
  const out: PeriodAction[] = [];
  if (!state) return out;
  if (p.submit && (state === 'open' || state === 'returned')) out.push('submit');
  if (p.approve && state === 'submitted') out.push('approve', 'return');
  if (p.approve && (state === 'approved' || state === 'returned')) out.push('reopen');
  return out;
}

export const PERIOD_ACTIONS: PeriodAction[] = ['submit', 'approve', 'return', 'reopen'];

/** A return or a reopen needs a comment (the reason is what the municipality acts on). */
export function commentRequired(action: PeriodAction): boolean {
  return action === 'return' || action === 'reopen';
}

/** The server's list of allowed transitions when it sends one, else the local rule. */
export function periodActions(
  p: Pick<Period, 'state'> & Partial<Pick<Period, 'actions'>>,
  perms: { submit: boolean; approve: boolean },
): PeriodAction[] {
  if (Array.isArray(p.actions)) return p.actions.filter((a): a is PeriodAction => (PERIOD_ACTIONS as string[]).includes(a));
  return allowedActions(p.state, perms);
}

export function missingLabel(m: Pick<MissingIndicator, 'indicator'> & Partial<MissingIndicator>): string {
  const code = m.indicator ?? '';
  return m.name ? `${code} — ${m.name}` : code;
}

export function usePeriodAction() {
  const qc = useQueryClient();
  return useMutation({
    // period: a month, quarter, half year or week of the year (#18: M03, Q1…), absent for the year itself
    mutationFn: (v: { municipality: string; year: number; action: PeriodAction; comment?: string; period?: string }) =>
      request<Period>(
        `/municipalities/${encodeURIComponent(v.municipality)}/periods/${v.year}/${v.action}` +
          (v.period ? `?period=${encodeURIComponent(v.period)}` : ''),
        {
          method: 'POST',
          body: { comment: v.comment ?? '' },
        },
      ),
    onSuccess: (_d, v) => {
      void qc.invalidateQueries({ queryKey: ['period', v.municipality, v.year] });
      void qc.invalidateQueries({ queryKey: ['periods'] });
    },
  });
}
