import { describe, expect, it } from 'vitest';
import { bulkYears } from './AuditTable';

describe('bulkYears', () => {
  it('shows the years of an import that created rows', () => {
    expect(bulkYears({ rows: 3, yearFrom: 2001, yearTo: 2003 })).toBe('2001–2003');
    expect(bulkYears({ rows: 1, yearFrom: 2020, yearTo: 2020 })).toBe('2020');
  });

  it('leaves single-row events to the usual rendering', () => {
    expect(bulkYears({ year: 2021, value: 5 })).toBeUndefined();
    expect(bulkYears(null)).toBeUndefined();
  });
});
