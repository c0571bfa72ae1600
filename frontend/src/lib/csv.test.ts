import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, toCsv } from './csv';

describe('CSV for Russian spreadsheets', () => {
  it('writes numbers with a decimal comma, no thousands separators, no float noise', () => {
    expect(csvNumber(1234.5)).toBe('1234,5');
    expect(csvNumber(-2)).toBe('-2');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3');
    expect(csvNumber(null)).toBe('');
  });

  it('quotes a cell with the separator, a quote or a line break', () => {
    expect(csvCell('МБОУ «СОШ № 1»')).toBe('МБОУ «СОШ № 1»');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('ООО "Школа"')).toBe('"ООО ""Школа"""');
    expect(csvCell('две\nстроки')).toBe('"две\nстроки"');
    expect(csvCell(12.5)).toBe('12,5');
  });

  it('starts with a BOM, separates by `;` and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['Место', 'Баллы'],
        ['1', 7.5],
      ]),
    ).toBe('\ufeffМесто;Баллы\r\n1;7,5\r\n');
  });
});
