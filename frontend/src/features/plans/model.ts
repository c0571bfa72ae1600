// Plans and activities: what the screens compute from the server's answers. Whether a plan may be
// changed, a deadline parsed or an activity overdue is the server's decision (its 409/422 answers
// and the `overdue` flag); here only grouping, placing and counting what it sent.
import type {
  Activity,
  ActivityStatus,
  ActivityWrite,
  Effect,
  EffectItem,
  Plan,
  PlanNode,
  PlanNodeIndicator,
  PlanNodeIndicatorYear,
  PlanNodeKind,
  PlanNodeWrite,
  PlanProgress,
  PlanTree,
  PlanWrite,
  Recurrence,
} from '../../api/pending';
import { ApiError, type Query } from '../../lib/api';

export const STATUSES: ActivityStatus[] = ['planned', 'in_progress', 'done', 'cancelled'];
export const RECURRENCES: Recurrence[] = ['weekly', 'monthly', 'quarterly', 'yearly'];
export const NODE_KINDS: PlanNodeKind[] = ['goal', 'project', 'task'];

// ---- progress ----

export interface ProgressFigures {
  total: number;
  done: number;
  /** The activities that count: all but the cancelled ones. */
  counted: number;
  cancelled: number;
  overdue: number;
  inProgress: number;
  /** done / counted in whole percent; 0 when nothing counts. */
  percent: number;
}

/** A node's or a plan's figures: cancelled activities are left out of «N of M» and of the bar. */
export function progressFigures(p: Partial<PlanProgress> | undefined): ProgressFigures {
  const total = p?.total ?? 0;
  const done = p?.done ?? 0;
  const cancelled = p?.cancelled ?? 0;
  const counted = Math.max(0, total - cancelled);
  return {
    total,
    done,
    counted,
    cancelled,
    overdue: p?.overdue ?? 0,
    inProgress: p?.inProgress ?? 0,
    percent: counted === 0 ? 0 : Math.floor((done * 100) / counted),
  };
}

// ---- the board ----

/** Overdue first, then by the deadline's last day (none last), then by title. */
export function byUrgency(a: Activity, b: Activity): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const da = a.dueTo ?? '9999-12-31';
  const db = b.dueTo ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return a.title.localeCompare(b.title, 'ru');
}

/** The board's columns: the activities by status, each column by urgency. */
export function groupBoard(activities: Activity[]): Record<ActivityStatus, Activity[]> {
  const out: Record<ActivityStatus, Activity[]> = { planned: [], in_progress: [], done: [], cancelled: [] };
  for (const a of activities) (out[a.status] ?? out.planned).push(a);
  for (const s of STATUSES) out[s].sort(byUrgency);
  return out;
}

// ---- filters ----

export interface BoardFilters {
  municipality?: string;
  plan?: string;
  mine?: boolean;
  overdue?: boolean;
  thisMonth?: boolean;
  responsible?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-02-01`…`2024-02-29` for any day of February 2024 (local calendar). */
export function monthSpan(day: Date): { from: string; to: string } {
  const y = day.getFullYear();
  const m = day.getMonth();
  const last = new Date(y, m + 1, 0).getDate();
  return { from: `${y}-${pad(m + 1)}-01`, to: `${y}-${pad(m + 1)}-${pad(last)}` };
}

/**
 * The one request of a board or calendar view: GET /activities with these parameters. Filters
 * that are off are left out; «this month» asks for the activities whose span meets the month.
 */
export function activityQuery(f: BoardFilters, today: Date = new Date()): Query {
  const q: Query = { page: 0, size: 1000 };
  if (f.municipality) q.municipality = f.municipality;
  if (f.plan) q.plan = f.plan;
  if (f.mine) q.mine = true;
  if (f.overdue) q.overdue = true;
  const responsible = f.responsible?.trim();
  if (responsible) q.responsible = responsible;
  if (f.thisMonth) {
    const s = monthSpan(today);
    q.dueFrom = s.from;
    q.dueTo = s.to;
  }
  return q;
}

/** The filters in the page's address (`?mine=1&overdue=1&month=1&responsible=…&plan=…`) and back. */
export function filtersFromSearch(sp: URLSearchParams): BoardFilters {
  return {
    plan: sp.get('plan') || undefined,
    mine: sp.get('mine') === '1',
    overdue: sp.get('overdue') === '1',
    thisMonth: sp.get('month') === '1',
    responsible: sp.get('responsible') || undefined,
  };
}

export function searchFromFilters(f: BoardFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.plan) out.plan = f.plan;
  if (f.mine) out.mine = '1';
  if (f.overdue) out.overdue = '1';
  if (f.thisMonth) out.month = '1';
  if (f.responsible) out.responsible = f.responsible;
  return out;
}

// ---- the calendar ----

export interface MonthPlacement {
  /** Activities by the day (`YYYY-MM-DD`) their deadline ends on, within the month. */
  byDay: Map<string, Activity[]>;
  /** Recurring activities whose span meets the month: due throughout it, on no single day. */
  recurring: Activity[];
}

/**
 * Places activities on a month's grid: a one-off activity on the last day of its deadline's span
 * («до декабря 2022» on 31 December, «II квартал» on 30 June), when that day is in the month; a
 * recurring one (weekly, monthly…) beside the grid in every month its span meets. Activities
 * without a span (the server could not place them) are not shown.
 */
export function placeInMonth(activities: Activity[], year: number, month: number): MonthPlacement {
  const { from, to } = monthSpan(new Date(year, month, 1));
  const byDay = new Map<string, Activity[]>();
  const recurring: Activity[] = [];
  for (const a of activities) {
    if (!a.dueTo) continue;
    if (a.recurrence) {
      if ((a.dueFrom ?? a.dueTo) <= to && a.dueTo >= from) recurring.push(a);
      continue;
    }
    const day = a.dueTo.slice(0, 10);
    if (day < from || day > to) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), a]);
  }
  for (const list of byDay.values()) list.sort(byUrgency);
  recurring.sort(byUrgency);
  return { byDay, recurring };
}

export function isoDay(d: { year(): number; month(): number; date(): number }): string {
  return `${d.year()}-${pad(d.month() + 1)}-${pad(d.date())}`;
}

// ---- the tree ----

export interface NodeOption {
  code: string;
  title: string;
  kind: PlanNodeKind;
  depth: number;
}

/** The tree's nodes in reading order, with their depth (for the parent and node pickers). */
export function flattenNodes(nodes: PlanNode[] | undefined, depth = 0): NodeOption[] {
  return (nodes ?? []).flatMap((n) => [
    { code: n.code, title: n.title, kind: n.kind as PlanNodeKind, depth },
    ...flattenNodes(n.children, depth + 1),
  ]);
}

/** Every activity of the tree: those of the nodes and those attached to none. */
export function treeActivities(tree: PlanTree | undefined): Activity[] {
  const walk = (nodes: PlanNode[] | undefined): Activity[] => (nodes ?? []).flatMap((n) => [...(n.activities ?? []), ...walk(n.children)]);
  return [...walk(tree?.nodes), ...(tree?.activities ?? [])];
}

/** A free code `prefix1`, `prefix2`… not among those taken (a suggestion; the user may change it). */
export function nextCode(prefix: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  for (let i = 1; ; i++) if (!set.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

/** Plan vs fact of a node's indicator, one cell for each year of the plan's span. */
export function indicatorYears(ind: PlanNodeIndicator, yearFrom: number, yearTo: number): PlanNodeIndicatorYear[] {
  const byYear = new Map((ind.years ?? []).map((y) => [y.year, y]));
  const out: PlanNodeIndicatorYear[] = [];
  for (let y = yearFrom; y <= yearTo; y++) out.push(byYear.get(y) ?? { year: y, status: 'no_data' });
  return out;
}

// ---- forms ----

export interface PlanForm {
  code: string;
  name: string;
  yearFrom?: number | null;
  yearTo?: number | null;
  description?: string;
}

export function planFormOf(p: Plan | undefined, thisYear = new Date().getFullYear()): PlanForm {
  return {
    code: p?.code ?? '',
    name: p?.name ?? '',
    yearFrom: p?.yearFrom ?? thisYear,
    yearTo: p?.yearTo ?? thisYear + 2,
    description: p?.description ?? '',
  };
}

/** The PUT body; a regional plan sends no municipality. Blank optional fields are left out. */
export function planBody(f: PlanForm, municipality: string | null | undefined): PlanWrite {
  // the server checks what is required (yearFrom, yearTo) and names the field
  const body = { name: f.name } as PlanWrite;
  if (municipality) body.municipality = municipality;
  if (typeof f.yearFrom === 'number') body.yearFrom = f.yearFrom;
  if (typeof f.yearTo === 'number') body.yearTo = f.yearTo;
  if (f.description?.trim()) body.description = f.description;
  return body;
}

export interface NodeForm {
  code: string;
  kind: PlanNodeKind;
  title: string;
  parent?: string | null;
  indicators: string[];
  position?: number | null;
}

export function nodeFormOf(n: PlanNode | undefined, parent?: string): NodeForm {
  return {
    code: n?.code ?? '',
    kind: (n?.kind as PlanNodeKind | undefined) ?? 'goal',
    title: n?.title ?? '',
    parent: n ? (n.parent ?? null) : (parent ?? null),
    indicators: (n?.indicators ?? []).map((i) => i.indicator),
    position: n?.position ?? null,
  };
}

export function nodeBody(f: NodeForm): PlanNodeWrite {
  const body: PlanNodeWrite = { kind: f.kind, title: f.title, indicators: [...f.indicators] };
  if (f.parent) body.parent = f.parent;
  if (typeof f.position === 'number') body.position = f.position;
  return body;
}

export interface ActivityForm {
  code: string;
  title: string;
  node?: string | null;
  due: string;
  recurrence?: Recurrence | null;
  responsible?: string;
  responsibleUsers: string[];
  result?: string;
  resultIndicator?: string | null;
  resultTarget?: number | null;
  status: ActivityStatus;
  indicators: string[];
  organizations: string[];
  groups: string[];
}

export function activityFormOf(a: Activity | undefined, node?: string): ActivityForm {
  return {
    code: a?.code ?? '',
    title: a?.title ?? '',
    node: a ? (a.node ?? null) : (node ?? null),
    due: a?.due ?? '',
    recurrence: a?.recurrence ?? null,
    responsible: a?.responsible ?? '',
    responsibleUsers: a?.responsibleUsers ?? [],
    result: a?.result ?? '',
    resultIndicator: a?.resultIndicator ?? null,
    resultTarget: a?.resultTarget ?? null,
    status: a?.status ?? 'planned',
    indicators: a?.indicators ?? [],
    organizations: a?.organizations ?? [],
    groups: a?.groups ?? [],
  };
}

/** The PUT body: `due` goes as typed (the server parses it and answers 422 at `due`). */
export function activityBody(f: ActivityForm): ActivityWrite {
  const body: ActivityWrite = {
    title: f.title,
    due: f.due.trim(),
    status: f.status,
    indicators: [...f.indicators],
    organizations: [...f.organizations],
    groups: [...f.groups],
  };
  if (f.node) body.node = f.node;
  if (f.recurrence) body.recurrence = f.recurrence;
  if (f.responsible?.trim()) body.responsible = f.responsible.trim();
  if (f.responsibleUsers.length) body.responsibleUsers = [...f.responsibleUsers];
  if (f.result?.trim()) body.result = f.result;
  if (f.resultIndicator) body.resultIndicator = f.resultIndicator;
  if (typeof f.resultTarget === 'number') body.resultTarget = f.resultTarget;
  return body;
}

// ---- errors ----

export interface SplitErrors<F extends string> {
  fields: { name: F; errors: string[] }[];
  other: string[];
}

/**
 * The server's field errors split into those a form shows at its fields (`indicators[2]` at
 * `indicators`) and the rest (with the problem's detail when no field is named).
 */
export function splitErrors<F extends string>(e: unknown, formFields: readonly F[]): SplitErrors<F> {
  if (!(e instanceof ApiError)) return { fields: [], other: [e instanceof Error ? e.message : String(e)] };
  const known = new Set<string>(formFields);
  const fields = new Map<F, string[]>();
  const other: string[] = [];
  for (const fe of e.problem?.errors ?? []) {
    const name = (fe.field ?? '').replace(/[[.].*$/, '');
    if (known.has(name)) fields.set(name as F, [...(fields.get(name as F) ?? []), fe.message ?? '']);
    else other.push(fe.message ?? '');
  }
  if (fields.size === 0 && other.length === 0) other.push(e.message);
  return { fields: [...fields].map(([name, errors]) => ({ name, errors })), other };
}

/**
 * Why an evidence upload was refused: the server's own words when it sent a problem (its 413/415
 * name the limit and the types), else the Russian fallback for the status (a proxy's bare 413).
 */
export function evidenceRefusal(e: unknown, fallback: { tooLarge: string; badType: string }): string {
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  const own = e.problem?.detail || e.problem?.errors?.[0]?.message;
  if (own) return own;
  if (e.status === 413) return fallback.tooLarge;
  if (e.status === 415) return fallback.badType;
  return e.problem?.title || e.message;
}

// ---- effect ----

/** The effect's rows: the municipality's first, then by indicator and school. */
export function effectRows(effect: Effect | undefined): EffectItem[] {
  return [...(effect?.items ?? [])].sort(
    (a, b) =>
      Number(!!a.organization) - Number(!!b.organization) ||
      (a.name ?? a.indicator).localeCompare(b.name ?? b.indicator, 'ru') ||
      (a.organization ?? '').localeCompare(b.organization ?? '', 'ru'),
  );
}

/** A row's verdict: no change is «unchanged» whatever the direction; a missing year is «missing». */
export function effectVerdict(item: Pick<EffectItem, 'improved' | 'change'>): 'improved' | 'worsened' | 'unchanged' | 'missing' {
  if (item.change === 0) return 'unchanged';
  if (item.improved === true) return 'improved';
  if (item.improved === false) return 'worsened';
  return 'missing';
}

/** An error at the code field (a taken or missing code), in the shape of the server's field errors. */
export function codeError(message: string): ApiError {
  return new ApiError(
    422,
    { type: 'about:blank', title: message, status: 422, errors: [{ field: 'code', code: 'code', message }] },
    message,
  );
}
