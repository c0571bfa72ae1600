// The pure part of value entry (the entry page, the schools grid, a school's form): what the user changed, what a save sends, how a paste
// of several cells is spread. Whether a figure is valid and whether it meets its target is the
// server's answer (422 field errors, GET /attainment), never decided here.
import type { Qualifier, Value, ValueWrite } from '../api/types';
import { parseDecimal, toInputString } from './decimal';

/** What the user touched in one row; an absent field was not touched. */
export interface Draft {
  input?: string;
  qualifier?: Qualifier;
  comment?: string;
}

/** The natural key of a row of the grid: an annual value without category. */
export interface RowKey {
  municipality: string;
  indicator: string;
  organization?: string;
  year: number;
}

export type EditedField = 'value' | 'qualifier' | 'comment';

/** The fields the draft really changes compared with the stored value (typing back the old text is no change). */
export function changedFields(stored: Value | undefined, draft: Draft | undefined, lang: string): EditedField[] {
  if (!draft) return [];
  const out: EditedField[] = [];
  if (draft.input !== undefined && draft.input !== toInputString(stored?.value, lang)) out.push('value');
  if (draft.qualifier !== undefined && draft.qualifier !== (stored?.qualifier ?? 'exact')) out.push('qualifier');
  if (draft.comment !== undefined && draft.comment !== (stored?.comment ?? '')) out.push('comment');
  return out;
}

export function isDirty(stored: Value | undefined, draft: Draft | undefined, lang: string): boolean {
  return changedFields(stored, draft, lang).length > 0;
}

export type BodyResult = { ok: true; body: ValueWrite } | { ok: false; field: 'value'; error: 'not_a_number' | 'required' };

/**
 * The PUT body of a save: the stored value as it is (source, comment, numerator, denominator,
 * qualifier), with only the fields the user changed replaced. PUT /values replaces the whole
 * value, so a field left out would be erased. A cleared comment is sent as '' (the server
 * stores no comment).
 */
export function saveBody(key: RowKey, stored: Value | undefined, draft: Draft | undefined, lang: string): BodyResult {
  const changed = new Set(changedFields(stored, draft, lang));
  let value = stored?.value;
  if (changed.has('value') || value === undefined) {
    const parsed = parseDecimal(draft?.input ?? toInputString(stored?.value, lang));
    if (!parsed.ok) return { ok: false, field: 'value', error: 'not_a_number' };
    if (parsed.value === null) return { ok: false, field: 'value', error: 'required' };
    value = parsed.value;
  }
  const body: ValueWrite = {
    municipality: key.municipality,
    indicator: key.indicator,
    organization: key.organization,
    year: key.year,
    value,
    qualifier: changed.has('qualifier') ? draft?.qualifier : (stored?.qualifier ?? 'exact'),
    numerator: stored?.numerator,
    denominator: stored?.denominator,
    comment: changed.has('comment') ? (draft?.comment ?? '') : stored?.comment,
    source: stored?.source,
  };
  // the backend omits null fields: leave out what is not there rather than send undefined keys
  for (const k of Object.keys(body) as (keyof ValueWrite)[]) if (body[k] === undefined) delete body[k];
  return { ok: true, body };
}

/** After a 412: does the value someone else saved already hold every change of mine? Then there is nothing to choose. */
export function holdsMyChanges(theirs: Value | undefined, stored: Value | undefined, draft: Draft | undefined, lang: string): boolean {
  if (!theirs) return false;
  const changed = changedFields(stored, draft, lang);
  if (changed.length === 0) return false;
  const mine = saveBody({ municipality: '', indicator: '', year: 0 }, stored, draft, lang);
  if (!mine.ok) return false;
  return changed.every((f) => {
    if (f === 'value') return mine.body.value === theirs.value;
    if (f === 'qualifier') return mine.body.qualifier === (theirs.qualifier ?? 'exact');
    return (mine.body.comment ?? '') === (theirs.comment ?? '');
  });
}

/**
 * Text copied from a spreadsheet: rows by line breaks (a trailing one dropped), cells by tabs. A cell
 * Excel quoted (it holds a line break, a tab or a quote: `"a ""b""` is `a "b"`) is read as one cell.
 */
export function splitPaste(text: string): string[][] {
  const s = text.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"' && cell === '' && s.indexOf('"', i + 1) > 0) {
      // a quoted cell: up to the closing quote, doubled quotes inside
      let j = i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '"' && s[j + 1] === '"') {
          cell += '"';
          j++;
        } else if (s[j] === '"') break;
        else cell += s[j];
      }
      i = j;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0 || rows.length === 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export type PastePlan =
  /** one piece of text: the browser pastes it into the cell as usual */
  | { kind: 'native' }
  /** one cell per row, from the pasted row on; an empty cell leaves its row unchanged */
  | { kind: 'spread'; cells: { row: number; input: string }[] }
  | { kind: 'refused'; reason: 'columns'; columns: number }
  | { kind: 'refused'; reason: 'tooMany'; count: number; rows: number };

/**
 * Where a paste into the value cell of row `start` (of `rowCount` shown rows) goes. A column
 * copied from Excel is spread over this row and the ones below; several columns or more cells
 * than rows are refused, never glued into one number.
 */
export function planPaste(text: string, start: number, rowCount: number): PastePlan {
  if (!/[\t\r\n]/.test(text)) return { kind: 'native' };
  const grid = splitPaste(text).map((cells) => {
    const c = [...cells];
    while (c.length > 1 && c[c.length - 1].trim() === '') c.pop();
    return c;
  });
  const columns = Math.max(...grid.map((c) => c.length));
  if (columns > 1) return { kind: 'refused', reason: 'columns', columns };
  const rows = rowCount - start;
  if (grid.length > rows) return { kind: 'refused', reason: 'tooMany', count: grid.length, rows };
  const cells = grid.map((c, i) => ({ row: start + i, input: c[0].trim() })).filter((c) => c.input !== '');
  return { kind: 'spread', cells };
}
