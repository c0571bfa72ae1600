// Pure logic of the recommendations screens: filters to query parameters, who may do what (the
// server decides with 403; this only hides buttons), and the effect's rows in words.
import type { Me } from '../../api/types';
import type { EffectItem, Recommendation, RecommendationStatus } from '../../api/pending';
import { canWrite, canWriteOrg } from '../../lib/permissions';

export interface Filters {
  status?: RecommendationStatus;
  overdue?: boolean;
  rule?: string;
  group?: string;
  organization?: string;
}

/** The list's query: only the filters that are set (overdue=false is not a filter, it is «any»). */
export function listQuery(municipality: string, f: Filters, page = 0, size = 50): Record<string, string | number | boolean> {
  const q: Record<string, string | number | boolean> = { municipality, page, size };
  if (f.status) q.status = f.status;
  if (f.overdue) q.overdue = true;
  if (f.rule) q.rule = f.rule;
  if (f.group) q.group = f.group;
  if (f.organization) q.organization = f.organization;
  return q;
}

/** Filters read from the address (?status=open&overdue=true&rule=…&group=…); unknown values ignored. */
export function filtersFrom(params: URLSearchParams): Filters {
  const status = params.get('status');
  return {
    status: status === 'open' || status === 'answered' || status === 'closed' ? status : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    rule: params.get('rule') || undefined,
    group: params.get('group') || undefined,
    organization: params.get('organization') || undefined,
  };
}

/** The school answers (its editor, or the department) while the recommendation is not closed. */
export function canRespond(me: Me | undefined, r: Pick<Recommendation, 'municipality' | 'organization' | 'status'>): boolean {
  return r.status !== 'closed' && canWriteOrg(me, r.municipality, r.organization);
}

/** Only the department (the municipality's editors) closes a recommendation with a verdict. */
export function canJudge(me: Me | undefined, r: Pick<Recommendation, 'municipality' | 'status'>): boolean {
  return r.status !== 'closed' && canWrite(me, r.municipality);
}

/** Only open ones (no response yet) may be deleted, by the department. */
export function canDelete(me: Me | undefined, r: Pick<Recommendation, 'municipality' | 'status'>): boolean {
  return r.status === 'open' && canWrite(me, r.municipality);
}

/** The tag colour of a status; overdue wins over open. */
export function statusColor(r: Pick<Recommendation, 'status' | 'overdue'>): string {
  if (r.overdue) return 'red';
  return r.status === 'open' ? 'blue' : r.status === 'answered' ? 'gold' : 'green';
}

export type Trend = 'improved' | 'worsened' | 'unchanged' | 'missing';

/** An effect row's verdict: the server's improved flag, 0 change as unchanged, no change as missing. */
export function trendOf(i: Pick<EffectItem, 'change' | 'improved'>): Trend {
  if (i.change === null || i.change === undefined) return 'missing';
  if (i.change === 0) return 'unchanged';
  return i.improved ? 'improved' : 'worsened';
}
