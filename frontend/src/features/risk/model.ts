// «Зона риска»: the flags of a year gathered by rule and compared with the previous year's.
// Which school a rule flags is the server's answer; here they are only grouped and compared.
import type { Flag, Rule } from '../../api/types';

/** A flagged unit: a school, or the municipality itself for a rule of municipality level. */
export interface Unit {
  key: string;
  organization?: string;
  name: string;
}

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });
const byName = (a: Unit, b: Unit) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key);

export function unitOf(f: Flag): Unit {
  return f.organization
    ? { key: f.organization, organization: f.organization, name: f.organizationName ?? f.organization }
    : { key: `municipality:${f.municipality}`, name: f.municipalityName ?? f.municipality };
}

/** The flags of each rule, in the order of the rules (rules without flags get an empty list). */
export function flagsByRule(rules: readonly Rule[], flags: readonly Flag[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>(rules.map((r) => [r.code, []]));
  for (const f of flags) {
    const list = out.get(f.rule);
    if (list) list.push(f);
    else out.set(f.rule, [f]);
  }
  for (const list of out.values()) list.sort((a, b) => byName(unitOf(a), unitOf(b)));
  return out;
}

/** The distinct units of a flag list (a school flagged by two rules counts once), by name. */
export function distinctUnits(flags: readonly Flag[]): Unit[] {
  const seen = new Map<string, Unit>();
  for (const f of flags) {
    const u = unitOf(f);
    if (!seen.has(u.key)) seen.set(u.key, u);
  }
  return [...seen.values()].sort(byName);
}

export interface Movement {
  /** On this year's list, not on last year's. */
  entered: Unit[];
  /** On last year's list, not on this year's. */
  left: Unit[];
  /** On both. */
  stayed: Unit[];
}

/** Who entered and who left the list compared with the previous year's list (of one rule, or of all). */
export function movement(current: readonly Flag[], previous: readonly Flag[]): Movement {
  const now = distinctUnits(current);
  const before = distinctUnits(previous);
  const had = new Set(before.map((u) => u.key));
  const has = new Set(now.map((u) => u.key));
  return {
    entered: now.filter((u) => !had.has(u.key)),
    left: before.filter((u) => !has.has(u.key)),
    stayed: now.filter((u) => had.has(u.key)),
  };
}

/** The codes of the flagged schools, for a register (municipality-level flags have none). */
export function registerOrganizations(flags: readonly Flag[]): string[] {
  return [...new Set(flags.map((f) => f.organization).filter((o): o is string => !!o))].sort();
}

/** A register code suggested for a rule's list of a year: `risk-<rule>-<year>`, within the code's 64 characters. */
export function suggestedRegisterCode(rule: string | undefined, year: number): string {
  const base = (rule ? `risk-${rule}` : 'risk')
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/-$/, '');
  return `${base.slice(0, 58)}-${year}`;
}
