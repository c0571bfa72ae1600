import { describe, expect, it } from 'vitest';
import { isSchoolYearLabel, yearLabels, yearText } from './schoolYear';

describe('school years', () => {
  it('shows the server label, else the number', () => {
    expect(yearText(2019, '2019/20')).toBe('2019/20');
    expect(yearText(2019, undefined)).toBe('2019');
    expect(yearText(undefined)).toBe('—');
  });
  it('collects the labels of the years that have one', () => {
    const m = yearLabels([{ year: 2019, yearLabel: '2019/20' }, { year: 2020 }, { year: 2019, yearLabel: 'other' }, { yearLabel: 'x' }]);
    expect([...m]).toEqual([[2019, '2019/20']]);
  });
  it('a calendar year labelled with itself is not a school year', () => {
    expect(isSchoolYearLabel(2019, '2019')).toBe(false);
    expect(isSchoolYearLabel(2019, '2019/20')).toBe(true);
    expect(isSchoolYearLabel(2019, undefined)).toBe(false);
  });
});
