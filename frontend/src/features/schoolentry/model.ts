// The schools × indicators grid: cells keyed by organization and indicator, what is stored in
// each (from one GET /values of the municipality and year) and which cells the user changed.
import type { LabelledValue } from '../../api/pending';
import type { Value } from '../../api/types';
import { isDirty, type Draft } from '../../lib/valueDraft';
import { isAnnualTotal } from '../../lib/values';

export function cellKey(organization: string, indicator: string): string {
  return `${organization}\u0000${indicator}`;
}

export function splitCellKey(key: string): { organization: string; indicator: string } {
  const [organization, indicator] = key.split('\u0000');
  return { organization, indicator };
}

/** The stored annual totals of the municipality's organizations by cell (municipality rows left out). */
export function storedCells(values: Value[]): Map<string, LabelledValue> {
  const out = new Map<string, LabelledValue>();
  for (const v of values) {
    if (!v.organization || !v.indicator || !isAnnualTotal(v)) continue;
    out.set(cellKey(v.organization, v.indicator), v);
  }
  return out;
}

/** The cells whose draft really changes the stored value, in the order of the rows and columns shown. */
export function dirtyCells(
  organizations: string[],
  indicators: string[],
  stored: Map<string, Value>,
  drafts: Record<string, Draft>,
  lang: string,
): string[] {
  const out: string[] = [];
  for (const o of organizations)
    for (const i of indicators) {
      const k = cellKey(o, i);
      if (drafts[k] && isDirty(stored.get(k), drafts[k], lang)) out.push(k);
    }
  return out;
}

/** A column's year label when its values carry one ("2019/20" for a school-year indicator). */
export function columnYearLabels(values: LabelledValue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) if (v.indicator && v.yearLabel && !out.has(v.indicator)) out.set(v.indicator, v.yearLabel);
  return out;
}
