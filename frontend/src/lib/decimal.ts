// Parsing of numbers typed by people: decimal comma or point, spaces as thousands separators.

export type ParseResult = { ok: true; value: number | null } | { ok: false; error: 'not_a_number' };

/**
 * `"12,5"` -> 12.5, `"1 516"` -> 1516, `" -3.0 "` -> -3, `""` -> null (empty).
 * Rejects anything ambiguous (`"1,2,3"`, `"1.234,5"`, `"12a"`, `"11 6 27"`), never guesses.
 * Only turns text into a number: whether the number fits the indicator is the server's answer.
 */
export function parseDecimal(input: string | null | undefined): ParseResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  let s = String(input).trim();
  if (s === '') return { ok: true, value: null };
  s = s.replace(/^[−–]/, '-').replace(/^\+/, '');
  // Spaces only as thousands separators, one between groups of three (`1 516`): a column of
  // cells glued into one (`11 6 27`) is not the number 11627.
  if (/[\s\u00a0\u202f]/.test(s) && !/^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/.test(s))
    return { ok: false, error: 'not_a_number' };
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return { ok: false, error: 'not_a_number' };
  const v = Number(s.replace(',', '.'));
  if (!Number.isFinite(v)) return { ok: false, error: 'not_a_number' };
  return { ok: true, value: v };
}

/** The number as a person would type it in Russian (`12,5`), for an input field. */
export function toInputString(value: number | null | undefined, lang = 'ru'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const s = String(value);
  return lang.startsWith('en') ? s : s.replace('.', ',');
}
