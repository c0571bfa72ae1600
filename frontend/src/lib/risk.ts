// Risk rules and their flags, shared by the «Зона риска» page and the school page: the queries and
// how a flag is told in words. Which school is flagged, and why, is the server's answer (the
// evidence of GET /flags); the SPA only words it.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Flag, FlagCondition, FlagYear, Rule, RuleCondition } from '../api/types';
import { listAll } from './api';
import { DASH, formatValue } from './format';
import { yearText } from './schoolYear';

type T = (key: string, opts?: Record<string, unknown>) => string;

export const riskKeys = {
  rules: (municipality: string) => ['rules', municipality] as const,
  flags: (p: Record<string, unknown>) => ['flags', p] as const,
};

/** The rules that apply to a municipality (the region's and its own). */
export function useRules(municipality: string | undefined, enabled = true) {
  return useQuery({
    queryKey: riskKeys.rules(municipality ?? ''),
    queryFn: ({ signal }) => listAll<Rule>('/rules', { municipality }, signal),
    enabled: !!municipality && enabled,
  });
}

/** Every flag of a municipality's year (optionally of one school or one rule), page after page. */
export function useFlags(p: { municipality: string; year: number | undefined; organization?: string; rule?: string }, enabled = true) {
  return useQuery({
    queryKey: riskKeys.flags(p),
    queryFn: ({ signal }) => listAll<Flag>('/flags', p, signal),
    enabled: !!p.municipality && !!p.year && enabled,
    placeholderData: keepPreviousData,
  });
}

/** How a value of an indicator is shown (its unit and decimals from the catalogue). */
export type ValueFormat = (indicator: string, value: number | null | undefined) => string;

export function valueFormat(indicators: readonly { code?: string; unit?: string; decimals?: number }[], lang: string): ValueFormat {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return (indicator, value) => {
    const i = byCode.get(indicator);
    return formatValue(value, i?.unit, i?.decimals, lang);
  };
}

/** The rule's condition an evidence entry stands for: by position, else by indicator and category. */
export function conditionOf(rule: Rule | undefined, ev: FlagCondition, index: number): RuleCondition | undefined {
  const c = rule?.conditions?.[index];
  if (c && c.indicator === ev.indicator && (c.category ?? '') === (ev.category ?? '')) return c;
  return rule?.conditions?.find((x) => x.indicator === ev.indicator && (x.category ?? '') === (ev.category ?? ''));
}

/** The condition as people read it: the server's words, else the indicator code and category. */
export function conditionTitle(c: RuleCondition | undefined, ev: Pick<FlagCondition, 'indicator' | 'category'>): string {
  if (c?.text) return c.text;
  return ev.category ? `${ev.indicator} (${ev.category})` : ev.indicator;
}

/** The server's words of a «no value or zero» condition end so («…: нет значения или 0»). */
const MISSING_OR_ZERO = ': нет значения или 0';

/**
 * A condition that held, before its value: «Доля «5»» (4 класс): 0 %, not «…: нет значения или 0: 0 %»
 * (the value already tells which of the two it was).
 */
function heldTitle(c: RuleCondition | undefined, ev: Pick<FlagCondition, 'indicator' | 'category'>): string {
  const title = conditionTitle(c, ev);
  return c?.missingOrZero && title.endsWith(MISSING_OR_ZERO) ? title.slice(0, -MISSING_OR_ZERO.length) : title;
}

/**
 * One condition in one year: the value (or «нет значения»), the municipal average when the
 * condition compares with it, and whether it held; «нет данных» when the school did not report.
 */
export function conditionCell(
  ev: FlagCondition | undefined,
  year: Pick<FlagYear, 'reported'>,
  fmt: ValueFormat,
  t: T,
  withVerdict = true,
): string {
  if (!year.reported || !ev) return t('risk.noData');
  const value = ev.value === undefined || ev.value === null ? t('risk.noValue') : fmt(ev.indicator, ev.value);
  const average =
    ev.average === undefined || ev.average === null ? '' : ' ' + t('risk.averageWas', { average: fmt(ev.indicator, ev.average) });
  const verdict = !withVerdict ? '' : ev.matched === true ? ' ✓' : ev.matched === false ? ' ✗' : '';
  return `${value}${average}${verdict}`;
}

/**
 * The window of a rule in words: «не менее чем в 2 из 3 лет, предшествующих 2021 году»; without a
 * year, of the year judged («… предшествующих году оценки»).
 */
export function windowText(rule: Pick<Rule, 'window' | 'minYears' | 'preceding'>, year: number | undefined, t: T): string {
  const key = rule.preceding ? 'risk.windowPreceding' : 'risk.windowEnding';
  return t(year === undefined ? `${key}Any` : key, {
    minYears: rule.minYears,
    window: rule.window,
    year,
    count: rule.window,
  });
}

/** The rule in one sentence: which schools it flags. */
export function ruleText(rule: Rule, year: number, t: T): string {
  const conditions = (rule.conditions ?? []).map((c) => c.text).filter(Boolean);
  const joiner = rule.combine === 'all' ? t('risk.and') : t('risk.or');
  const what = conditions.length <= 1 ? (conditions[0] ?? '') : conditions.join(` ${joiner} `);
  return t(rule.level === 'municipality' ? 'risk.ruleSentenceMunicipality' : 'risk.ruleSentence', {
    conditions: what,
    window: windowText(rule, year, t),
  });
}

/**
 * Why a school is on the list, in one paragraph: the count of years that held against the
 * rule's minimum, then each year that held with the conditions that held in it and their values.
 * «Признак в 2 из 3 лет (нужно не менее 2): 2018/19 — … ≥ 20: 25 %; 2019/20 — …: нет значения.»
 */
export function flagReason(flag: Flag, rule: Rule | undefined, fmt: ValueFormat, t: T): string {
  const window = flag.evidence?.length ?? rule?.window ?? 0;
  const held = (flag.evidence ?? []).filter((y) => y.matched);
  const head = t('risk.reasonHead', {
    held: held.length,
    window,
    minYears: rule?.minYears ?? held.length,
    count: window,
  });
  const years = held.map((y) => {
    const parts = (y.conditions ?? [])
      .map((ev, i) => ({ ev, c: conditionOf(rule, ev, i) }))
      .filter(({ ev }) => ev.matched)
      .map(({ ev, c }) => {
        const value = ev.value === undefined || ev.value === null ? t('risk.noValue') : fmt(ev.indicator, ev.value);
        const average =
          ev.average === undefined || ev.average === null ? '' : ' ' + t('risk.averageWas', { average: fmt(ev.indicator, ev.average) });
        return `${heldTitle(c, ev)}: ${value}${average}`;
      });
    return `${yearText(y.year, y.yearLabel)} — ${parts.length ? parts.join('; ') : DASH}`;
  });
  const unreported = (flag.evidence ?? []).filter((y) => !y.reported).map((y) => yearText(y.year, y.yearLabel));
  const tail = unreported.length ? ' ' + t('risk.reasonUnreported', { years: unreported.join(', '), count: unreported.length }) : '';
  return `${head}: ${years.join('; ')}.${tail}`;
}

/** The evidence years oldest first, as the table of a flag shows them. */
export function evidenceYears(flag: Flag): FlagYear[] {
  return [...(flag.evidence ?? [])].sort((a, b) => a.year - b.year);
}
