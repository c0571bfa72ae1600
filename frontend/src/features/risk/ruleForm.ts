// The rule editor's form: what it holds, the PUT body it sends, and where the server's 422 field
// errors (`conditions[1].category`, `minYears`) go. Whether a rule is valid is the server's answer.
import type { Rule, RuleComparator, RuleWrite } from '../../api/types';
import { ApiError } from '../../lib/api';

export type TestKind = 'threshold' | 'missingOrZero' | 'average';

export interface ConditionForm {
  indicator?: string;
  category: string;
  kind: TestKind;
  comparator?: RuleComparator;
  value?: number | null;
  average?: 'above' | 'below';
}

export interface RuleForm {
  code: string;
  name: string;
  description: string;
  /** The municipality that keeps the rule; '' for the region's. */
  keeper: string;
  level: 'organization' | 'municipality';
  combine: 'any' | 'all';
  window?: number | null;
  minYears?: number | null;
  preceding: boolean;
  conditions: ConditionForm[];
}

export function emptyCondition(): ConditionForm {
  return { indicator: undefined, category: '', kind: 'threshold', comparator: 'ge', value: null };
}

export function ruleFormOf(rule: Rule | undefined, keeper: string): RuleForm {
  if (!rule)
    return {
      code: '',
      name: '',
      description: '',
      keeper,
      level: 'organization',
      combine: 'any',
      window: 3,
      minYears: 2,
      preceding: false,
      conditions: [emptyCondition()],
    };
  return {
    code: rule.code,
    name: rule.name,
    description: rule.description ?? '',
    keeper: rule.municipality ?? '',
    level: rule.level,
    combine: rule.combine ?? 'any',
    window: rule.window,
    minYears: rule.minYears,
    preceding: !!rule.preceding,
    conditions: (rule.conditions ?? []).map((c) => ({
      indicator: c.indicator,
      category: c.category ?? '',
      kind: c.missingOrZero ? 'missingOrZero' : c.average ? 'average' : 'threshold',
      comparator: c.comparator,
      value: c.value ?? null,
      average: c.average,
    })),
  };
}

/** The PUT body: each condition with the one test its kind names (the others left out). */
export function ruleBody(f: RuleForm): RuleWrite {
  const body: Partial<RuleWrite> = {
    code: f.code.trim() || undefined,
    name: f.name,
    description: f.description.trim() ? f.description : undefined,
    level: f.level,
    combine: f.combine,
    window: f.window ?? undefined,
    minYears: f.minYears ?? undefined,
    preceding: f.preceding,
    municipality: f.keeper || undefined,
    conditions: f.conditions.map((c) => {
      const base = { indicator: c.indicator ?? '', category: c.category || undefined };
      if (c.kind === 'missingOrZero') return { ...base, missingOrZero: true };
      if (c.kind === 'average') return { ...base, average: c.average };
      return { ...base, comparator: c.comparator, value: c.value ?? undefined };
    }),
  };
  // blank fields left out (undefined is not sent): the server says what is missing
  return JSON.parse(JSON.stringify(body)) as RuleWrite;
}

export type FieldPath = (string | number)[];

const TOP = new Set(['code', 'name', 'description', 'level', 'combine', 'window', 'minYears', 'preceding']);
const CONDITION = new Set(['indicator', 'category', 'comparator', 'value', 'average']);

/** The form field of a server field: `conditions[1].category` -> ['conditions', 1, 'category'], `municipality` -> ['keeper']. */
export function fieldPath(field: string, code?: string, conditions?: readonly ConditionForm[]): FieldPath | undefined {
  if (TOP.has(field)) return [field];
  if (field === 'municipality') return ['keeper'];
  const m = /^conditions\[(\d+)\]\.(\w+)/.exec(field);
  if (!m) return undefined;
  const i = Number(m[1]);
  const name = m[2];
  // «one test» errors come at comparator: shown at the test's choice when the test is not a comparison
  if (name === 'missingOrZero' || code === 'test_required' || code === 'tests_conflict') return ['conditions', i, 'kind'];
  if (name === 'comparator' && conditions?.[i] && conditions[i].kind !== 'threshold') return ['conditions', i, 'kind'];
  return CONDITION.has(name) ? ['conditions', i, name] : ['conditions', i, 'indicator'];
}

/** The server's errors split into those shown at a field of the form and the rest (shown above the buttons). */
export function splitRuleErrors(
  e: unknown,
  conditions?: readonly ConditionForm[],
): { fields: { name: FieldPath; errors: string[] }[]; other: string[] } {
  if (!(e instanceof ApiError)) return { fields: [], other: [e instanceof Error ? e.message : String(e)] };
  const fields = new Map<string, { name: FieldPath; errors: string[] }>();
  const other: string[] = [];
  for (const fe of e.problem?.errors ?? []) {
    const path = fieldPath(fe.field ?? '', fe.code, conditions);
    if (!path) {
      other.push(fe.message ?? '');
      continue;
    }
    const key = path.join('.');
    const cur = fields.get(key) ?? { name: path, errors: [] };
    cur.errors.push(fe.message ?? '');
    fields.set(key, cur);
  }
  if (fields.size === 0 && other.length === 0) other.push(e.message);
  return { fields: [...fields.values()], other };
}
