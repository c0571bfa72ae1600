// The scorecard editor's form, the PUT body and where the server's field errors go
// (`items[1].bands[0].from` -> ['items', 1, 'bands', 0, 'from']).
import type { Scorecard, ScorecardItem, ScorecardMethod, ScorecardWrite } from '../../api/pending';
import { ApiError } from '../../lib/api';

export interface ItemForm {
  code: string;
  /** The item as the rubric words it («наличие – −1 балл»); shown in the breakdown. */
  name?: string;
  /** The rubric's area the item belongs to (weighted by the scorecard's areaWeights). */
  area?: string;
  indicator?: string;
  category: string;
  method: ScorecardMethod;
  points?: number | null;
  comparator?: ScorecardItem['comparator'];
  value?: number | null;
  bands: { from?: number | null; to?: number | null; points?: number | null }[];
  weight?: number | null;
}

export interface ScorecardForm {
  code: string;
  name: string;
  description?: string;
  /** The municipality that keeps the scorecard; '' for the region's. */
  keeper?: string;
  level: 'organization' | 'municipality';
  /** Kept as read: the editor does not change the areas' weights, a save must not drop them. */
  areaWeights?: Record<string, number>;
  items: ItemForm[];
}

export const emptyItem = (n: number): ItemForm => ({
  code: `i${n}`,
  name: '',
  area: '',
  category: '',
  method: 'presence',
  points: 1,
  bands: [],
});

export function scorecardFormOf(s: Scorecard | undefined, keeper = ''): ScorecardForm {
  if (!s) return { code: '', name: '', description: '', keeper, level: 'organization', items: [emptyItem(1)] };
  return {
    code: s.code,
    name: s.name,
    description: s.description ?? '',
    keeper: s.municipality ?? '',
    level: s.level,
    areaWeights: s.areaWeights,
    items: (s.items ?? []).map((i) => ({
      code: i.code,
      name: i.name ?? '',
      area: i.area ?? '',
      indicator: i.indicator,
      category: i.category ?? '',
      method: i.method,
      points: i.points ?? null,
      comparator: i.comparator,
      value: i.value ?? null,
      bands: (i.bands ?? []).map((b) => ({ from: b.from ?? null, to: b.to ?? null, points: b.points })),
      weight: i.weight ?? null,
    })),
  };
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? undefined : v);

/** Each item with the fields of its method only; blanks left out for the server to refuse. */
export function scorecardBody(f: ScorecardForm): ScorecardWrite {
  const body = {
    code: f.code.trim() || undefined,
    name: f.name,
    description: f.description?.trim() ? f.description : undefined,
    level: f.level,
    municipality: f.keeper || undefined,
    areaWeights: f.areaWeights,
    items: f.items.map((i) => ({
      code: i.code.trim(),
      name: i.name?.trim() ? i.name : undefined,
      area: i.area?.trim() ? i.area : undefined,
      indicator: i.indicator ?? '',
      category: i.category || undefined,
      method: i.method,
      points: i.method === 'bands' ? undefined : num(i.points),
      comparator: i.method === 'threshold' ? i.comparator : undefined,
      value: i.method === 'threshold' ? num(i.value) : undefined,
      bands: i.method === 'bands' ? i.bands.map((b) => ({ from: num(b.from), to: num(b.to), points: num(b.points) })) : undefined,
      weight: num(i.weight),
    })),
  };
  return JSON.parse(JSON.stringify(body)) as ScorecardWrite;
}

/** `items[1].bands[0].from` -> ['items', 1, 'bands', 0, 'from']. */
export function pathOf(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^(\w+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [field];
    out.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

const TOP = new Set(['code', 'name', 'description', 'level']);
const ITEM = new Set(['code', 'name', 'area', 'indicator', 'category', 'method', 'points', 'comparator', 'value', 'weight', 'bands']);

export function splitScorecardErrors(e: unknown): { fields: { name: (string | number)[]; errors: string[] }[]; other: string[] } {
  if (!(e instanceof ApiError)) return { fields: [], other: [e instanceof Error ? e.message : String(e)] };
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const other: string[] = [];
  for (const fe of e.problem?.errors ?? []) {
    const p = fe.field === 'municipality' ? ['keeper'] : pathOf(fe.field ?? '');
    const shown =
      (p.length === 1 && (TOP.has(String(p[0])) || p[0] === 'keeper')) ||
      (p[0] === 'items' && typeof p[1] === 'number' && ITEM.has(String(p[2])) && (p[2] !== 'bands' || p.length === 5));
    if (!shown) {
      other.push(fe.field ? `${fe.field}: ${fe.message ?? ''}` : (fe.message ?? ''));
      continue;
    }
    const key = p.join('.');
    const cur = fields.get(key) ?? { name: p, errors: [] };
    cur.errors.push(fe.message ?? '');
    fields.set(key, cur);
  }
  if (fields.size === 0 && other.length === 0) other.push(e.message);
  return { fields: [...fields.values()], other };
}
