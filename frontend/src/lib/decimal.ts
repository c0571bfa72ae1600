// Parsing of numbers typed by people: decimal comma or point, spaces as thousands separators.

export type ParseResult = { ok: true; value: number | null } | { ok: false; error: 'not_a_number' };

/**
 * `"12,5"` -> 12.5, `"1 516"` -> 1516, `" -3.0 "` -> -3, `""` -> null (empty).
 * Rejects anything ambiguous (`"1,2,3"`, `"1.234,5"`, `"12a"`), never guesses.
 */
export function parseDecimal(input: string | null | undefined): ParseResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  let s = String(input).trim();
  if (s === '') return { ok: true, value: null };
  s = s.replace(/[\s\u00a0\u202f]/g, '').replace(/^[−–]/, '-').replace(/^\+/, '');
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

/** Number of digits after the separator in what was typed. */
export function decimalPlaces(input: string): number {
  const m = /[.,](\d+)\s*$/.exec(input.trim());
  return m ? m[1].length : 0;
}
