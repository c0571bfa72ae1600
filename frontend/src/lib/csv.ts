// CSV files written in the browser for Russian spreadsheets: UTF-8 with a BOM (so that Excel
// reads it as UTF-8), `;` between cells, decimal comma, CRLF line ends; a cell with `;`, a quote
// or a line break is quoted, its quotes doubled.

export type CsvCell = string | number | null | undefined;

const BOM = '\ufeff';

/** A number with a decimal comma and no thousands separators (`1234.5` -> `1234,5`); '' for none. */
export function csvNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '';
  // at most 6 decimals, no exponent, no trailing zeros
  const s = Number.isInteger(n) ? String(n) : n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return s.replace('.', ',');
}

export function csvCell(v: CsvCell, sep = ';'): string {
  const s = typeof v === 'number' ? csvNumber(v) : (v ?? '');
  return s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as a CSV text, BOM first. */
export function toCsv(rows: readonly (readonly CsvCell[])[], sep = ';'): string {
  return BOM + rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

/** Hands a text to the browser as a file download. */
export function saveText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
