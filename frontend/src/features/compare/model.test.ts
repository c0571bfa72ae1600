import { describe, expect, it } from 'vitest';
import { comparisonOrder, defaultIndicator, defaultYear } from './model';

const items = [
  { code: 'aaa-test' },
  { code: 'kaluga-1', municipalityCount: 1, latestYear: 2021 },
  { code: 'common-b', municipalityCount: 2, shared: true, latestYear: 2022, comparableYear: 2020 },
  { code: 'common-a', municipalityCount: 3, shared: true, latestYear: 2022, comparableYear: 2021 },
  { code: 'common-c', municipalityCount: 3, shared: true, latestYear: 2023, comparableYear: 2022 },
];

describe('comparison defaults', () => {
  it('offers common indicators first, most widely kept first, never-kept ones last', () => {
    expect(comparisonOrder(items).map((i) => i.code)).toEqual(['common-c', 'common-a', 'common-b', 'kaluga-1', 'aaa-test']);
  });

  it('opens on the most widely kept common indicator, in its latest comparable year', () => {
    const i = defaultIndicator(comparisonOrder(items), undefined);
    expect(i?.code).toBe('common-c');
    expect(defaultYear(i, undefined)).toBe(2022);
  });

  it('for a chosen year, opens on an indicator with data in that year, never on one without any', () => {
    const ordered = comparisonOrder(items);
    expect(defaultIndicator(ordered, 2020)?.code).toBe('common-b');
    expect(defaultIndicator(ordered, 2021)?.code).toBe('common-a');
    expect(defaultIndicator(ordered, 2023)?.code).toBe('common-c'); // its latest value is of 2023
    expect(defaultYear(undefined, undefined, 2026)).toBe(2025);
    expect(defaultYear(items[1], 2019)).toBe(2019);
  });
});
