// The pure part of the spreadsheet-like entry grid (the entry page and the schools grid): which cell
// holds which value, what the user changed (drafts), pastes and fill-downs as lists of edits, undo,
// the views «только пустые / изменённые / с ошибками», the one batch a save sends, and the server's
// per-item errors mapped back to cells. Whether a figure is valid is the server's answer (a dry run of
// POST /values/batch), never decided here; this only turns typed text into a number (lib/decimal).
import type { Qualifier, Value, ValueWrite } from '../../api/types';
import { parseDecimal, toInputString } from '../decimal';
import { changedFields, saveBody, type Draft } from '../valueDraft';

/** The natural key of the value a grid cell writes. */
export interface CellValueKey {
  municipality: string;
  indicator: string;
  organization?: string;
  year: number;
  category?: string;
}

/** The key as one string (drafts, errors and the stored values are kept by it). */
export function keyString(k: Pick<CellValueKey, 'indicator' | 'organization' | 'category'>): string {
  return [k.indicator, k.organization ?? '', k.category ?? ''].join('\u0000');
}

/** The stored annual values (no period) by key. */
export function storedByKey(values: readonly Value[]): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const v of values) {
    if (!v.indicator || v.period) continue;
    out.set(keyString({ indicator: v.indicator, organization: v.organization ?? undefined, category: v.category ?? '' }), v);
  }
  return out;
}

export type EditField = 'input' | 'qualifier' | 'comment';

/** A draft with the version of the stored value when the user first changed it (for the conflict check). */
export interface CellDraft extends Draft {
  baseVersion?: number;
}

export type Drafts = Readonly<Record<string, CellDraft>>;

export interface Edit {
  key: string;
  field: EditField;
  text: string;
}

/** What an edit replaced, to undo it: the drafts of the keys as they were before. */
export type UndoStep = { key: string; before: CellDraft | undefined }[];

/**
 * Applies edits to the drafts; answers the new drafts and the undo step (or null when nothing changed).
 * A draft remembers the version of the stored value it was first made on.
 */
export function applyEdits(
  drafts: Drafts,
  edits: readonly Edit[],
  stored: ReadonlyMap<string, Value>,
): { drafts: Drafts; undo: UndoStep | null } {
  const next: Record<string, CellDraft> = { ...drafts };
  const undo: UndoStep = [];
  const seen = new Set<string>();
  for (const e of edits) {
    const before = next[e.key];
    const value = e.field === 'qualifier' ? (qualifierOf(e.text) as Qualifier) : e.text;
    if ((before?.[e.field] ?? undefined) === value) continue;
    if (!seen.has(e.key)) {
      undo.push({ key: e.key, before: drafts[e.key] });
      seen.add(e.key);
    }
    next[e.key] = { ...before, [e.field]: value, baseVersion: before?.baseVersion ?? stored.get(e.key)?.version };
  }
  return undo.length === 0 ? { drafts, undo: null } : { drafts: next, undo };
}

export function undoStep(drafts: Drafts, step: UndoStep): Drafts {
  const next: Record<string, CellDraft> = { ...drafts };
  for (const { key, before } of step) {
    if (before === undefined) delete next[key];
    else next[key] = before;
  }
  return next;
}

const QUALIFIER_WORDS: Record<string, Qualifier> = {
  exact: 'exact',
  точно: 'exact',
  точное: 'exact',
  '=': 'exact',
  approx: 'approx',
  приблизительно: 'approx',
  примерно: 'approx',
  около: 'approx',
  '≈': 'approx',
  '~': 'approx',
  approximate: 'approx',
  at_least: 'at_least',
  'at least': 'at_least',
  'не менее': 'at_least',
  'не меньше': 'at_least',
  '≥': 'at_least',
  '>=': 'at_least',
  at_most: 'at_most',
  'at most': 'at_most',
  'не более': 'at_most',
  'не больше': 'at_most',
  '≤': 'at_most',
  '<=': 'at_most',
};

/** A qualifier as people type it («около», «не менее», ≈); anything else is sent as typed and the server refuses it. */
export function qualifierOf(text: string): string {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return QUALIFIER_WORDS[t] ?? text.trim();
}

/** What a grid cell is: the value key it edits and which field, or nothing (a label column). */
export interface CellTarget {
  key: string;
  field: EditField;
}

/**
 * The edits of a block pasted at (row, col) of the shown grid: cell by cell from the block's top left, an
 * empty pasted cell leaving its cell unchanged (a gap in an Excel block never erases a stored figure), cells
 * outside the grid or on read-only columns dropped and counted.
 */
export function pasteEdits(
  block: readonly (readonly string[])[],
  row: number,
  col: number,
  rowCount: number,
  target: (row: number, col: number) => CellTarget | undefined,
): { edits: Edit[]; skipped: number; empty: number } {
  const edits: Edit[] = [];
  let skipped = 0;
  let empty = 0;
  block.forEach((cells, i) =>
    cells.forEach((raw, j) => {
      const text = raw.replace(/\r/g, '').trim();
      if (text === '') {
        empty++;
        return;
      }
      const t = row + i < rowCount ? target(row + i, col + j) : undefined;
      if (!t) {
        skipped++;
        return;
      }
      edits.push({ key: t.key, field: t.field, text });
    }),
  );
  return { edits, skipped, empty };
}

/** Ctrl+D: the top cell of each selected column copied into the cells below it. */
export function fillDownEdits(
  rows: { from: number; to: number },
  cols: { from: number; to: number },
  target: (row: number, col: number) => CellTarget | undefined,
  textAt: (row: number, col: number) => string,
): Edit[] {
  const edits: Edit[] = [];
  for (let c = cols.from; c <= cols.to; c++) {
    const top = target(rows.from, c);
    if (!top) continue;
    const text = textAt(rows.from, c);
    for (let r = rows.from + 1; r <= rows.to; r++) {
      const t = target(r, c);
      if (t && t.field === top.field) edits.push({ key: t.key, field: t.field, text });
    }
  }
  return edits;
}

/** The text a cell shows: the draft when there is one, else the stored figure (Russian decimal comma). */
export function cellText(stored: Value | undefined, draft: CellDraft | undefined, field: EditField, lang: string): string {
  if (field === 'input') return draft?.input ?? toInputString(stored?.value, lang);
  if (field === 'qualifier') return draft?.qualifier ?? stored?.qualifier ?? 'exact';
  return draft?.comment ?? stored?.comment ?? '';
}

export function isChanged(stored: Value | undefined, draft: CellDraft | undefined, lang: string): boolean {
  return changedFields(stored, draft, lang).length > 0;
}

/** A draft that cannot be sent: typed text that is not a number, or a stored figure emptied (deleting is its own action). */
export function localProblem(
  stored: Value | undefined,
  draft: CellDraft | undefined,
  lang: string,
): 'not_a_number' | 'emptied' | undefined {
  if (!draft || draft.input === undefined) return undefined;
  const parsed = parseDecimal(draft.input);
  if (!parsed.ok) return 'not_a_number';
  if (parsed.value === null && stored && isChanged(stored, draft, lang)) return 'emptied';
  return undefined;
}

export interface BatchItem extends ValueWrite {
  category?: string;
  version?: number;
}

/**
 * The items of one batch: every changed key whose draft can be sent, with the version the draft was made on
 * (a value changed meanwhile is then the server's stale_version). Keys that cannot be sent are left out
 * (the grid shows why). A new key with only a comment or qualifier is sent without a value: the server says
 * what is missing.
 */
export function batchItems(
  keys: Iterable<string>,
  keyOf: (key: string) => CellValueKey | undefined,
  stored: ReadonlyMap<string, Value>,
  drafts: Drafts,
  lang: string,
): { items: BatchItem[]; keys: string[] } {
  const items: BatchItem[] = [];
  const sent: string[] = [];
  for (const key of keys) {
    const draft = drafts[key];
    const before = stored.get(key);
    if (!draft || !isChanged(before, draft, lang) || localProblem(before, draft, lang)) continue;
    const k = keyOf(key);
    if (!k) continue;
    const built = saveBody(k, before, draft, lang);
    const body: BatchItem = built.ok
      ? { ...built.body }
      : ({ municipality: k.municipality, indicator: k.indicator, organization: k.organization, year: k.year } as BatchItem);
    if (k.category) body.category = k.category;
    const version = draft.baseVersion ?? before?.version;
    if (before && version !== undefined) body.version = version;
    items.push(body);
    sent.push(key);
  }
  return { items, keys: sent };
}

export interface CellErrors {
  /** field (value, qualifier, comment, or another of the item) -> the server's message */
  fields: Record<string, string>;
  conflict?: boolean;
}

/** The server's errors `items[3].value` mapped to the keys the batch was built from. */
export function errorsByKey(
  errors: readonly { field?: string; code?: string; message?: string }[],
  keys: readonly string[],
): Record<string, CellErrors> {
  const out: Record<string, CellErrors> = {};
  for (const e of errors) {
    const m = /^items\[(\d+)\](?:\.(\w+))?/.exec(e.field ?? '');
    if (!m) continue;
    const key = keys[Number(m[1])];
    if (key === undefined) continue;
    const cell = (out[key] ??= { fields: {} });
    const field = m[2] ?? 'row';
    if (e.code === 'stale_version') cell.conflict = true;
    if (!(field in cell.fields)) cell.fields[field] = e.message ?? '';
  }
  return out;
}

export type GridView = 'all' | 'empty' | 'changed' | 'errors';
