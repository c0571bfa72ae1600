import { describe, expect, it } from 'vitest';
import type { LabelledValue, SchoolAttainment, SchoolRankingItem } from '../../api/pending';
import { municipalityRow, rankedItems, rankingOption, schoolRows, schoolsMet, standing, trendByIndicator, trendKey } from './model';

const value = (indicator: string, year: number, v: number, extra: Partial<LabelledValue> = {}): LabelledValue => ({
  id: year,
  municipality: 'tula',
  indicator,
  organization: 'co-3',
  year,
  yearLabel: String(year),
  period: '',
  category: '',
  categoryLabel: '',
  value: v,
  qualifier: 'exact',
  version: 1,
  updatedAt: '2024-01-01T00:00:00Z',
  ...extra,
});

const row = (p: Partial<SchoolAttainment>): SchoolAttainment => ({
  indicator: 'x',
  indicatorName: 'X',
  unit: 'percent',
  decimals: 1,
  polarity: 'higher',
  level: 'organization',
  municipality: 'tula',
  municipalityName: 'Тула',
  category: '',
  categoryLabel: 'Всего',
  year: 2020,
  yearLabel: '2020',
  status: 'met',
  ...p,
});
const counts = (met: number, notMet: number, noData: number) => ({ met, notMet, noData, total: met + notMet + noData });
const ranked = (organization: string, organizationName: string, rank?: number, value?: number): SchoolRankingItem => ({
  organization,
  organizationName,
  rank,
  value,
  difference: value === undefined ? undefined : value - 66.7,
  status: value === undefined ? 'no_data' : value >= 65 ? 'met' : 'not_met',
});

describe('school trend', () => {
  it('one series per indicator and category from one list of values, oldest first, no periods', () => {
    const m = trendByIndicator([
      value('ege', 2021, 70),
      value('ege', 2019, 60),
      value('ege', 2020, 65, { category: 'subject=math' }),
      value('vpr', 2020, 3.5, { yearLabel: '2020/21' }),
      value('ege', 2020, 66, { period: 'H1' }),
    ]);
    expect(m.get(trendKey('ege', ''))?.map((p) => [p.year, p.fact])).toEqual([
      [2019, 60],
      [2021, 70],
    ]);
    expect(m.get(trendKey('ege', 'subject=math'))?.map((p) => [p.year, p.fact])).toEqual([[2020, 65]]);
    expect(m.get(trendKey('vpr', ''))?.map((p) => p.fact)).toEqual([3.5]);
  });
});

describe('school rows', () => {
  it('keeps only the school’s own rows, grouped by area, by code then category', () => {
    const groups = schoolRows(
      [
        row({ indicator: '2.10', area: 'Качество', organization: 'co-3' }),
        row({ indicator: '2.9', area: 'Качество', organization: 'co-3', category: 'subject=math', categoryLabel: 'Математика' }),
        row({ indicator: '2.9', area: 'Качество', organization: 'co-3', category: 'subject=rus', categoryLabel: 'Аннотация' }),
        row({ indicator: '1.1', area: 'Доступность', organization: 'co-3' }),
        row({ indicator: '1.1', area: 'Доступность', organization: 'co-4' }),
        row({ indicator: '1.1', area: 'Доступность' }),
      ],
      'co-3',
    );
    expect(groups.map((g) => [g.area, g.rows.map((r) => r.key)])).toEqual([
      ['Доступность', ['1.1|']],
      ['Качество', ['2.9|subject=rus', '2.9|subject=math', '2.10|']],
    ]);
  });
});

describe('against the average', () => {
  it('above the average is good news when higher is better, bad when lower is better', () => {
    expect(standing(2.5, 'higher')).toBe('better');
    expect(standing(-2.5, 'higher')).toBe('worse');
    expect(standing(2.5, 'lower')).toBe('worse');
    expect(standing(-0.1, 'lower')).toBe('better');
    expect(standing(0, 'lower')).toBe('equal');
    expect(standing(undefined, 'higher')).toBeUndefined();
  });
  it('«met by N of M schools» only when the server counted them', () => {
    expect(schoolsMet({ met: 31, notMet: 12, noData: 5, total: 48 })).toEqual({ met: 31, total: 48 });
    expect(schoolsMet(counts(0, 2, 0))).toEqual({ met: 0, total: 2 });
    expect(schoolsMet(undefined)).toBeUndefined();
    expect(schoolsMet(counts(0, 0, 0))).toBeUndefined();
  });
  it('finds the municipality row of the chosen category', () => {
    const items = [row({ organization: 'co-3' }), row({ category: 'subject=math' }), row({ schools: counts(1, 1, 0) })];
    expect(municipalityRow(items)?.schools?.total).toBe(2);
    expect(municipalityRow(items, 'subject=math')?.category).toBe('subject=math');
  });
});

describe('ranking', () => {
  const items = [
    ranked('b', 'Школа № 2', 2, 60),
    ranked('n', 'Школа № 9'),
    ranked('a', 'Школа № 1', 1, 80),
    ranked('c', 'Школа № 10', 2, 60),
  ];
  it('by rank, ties by name, schools without a value last', () => {
    expect(rankedItems(items).map((i) => i.organization)).toEqual(['a', 'b', 'c', 'n']);
  });
  it('draws the schools with a value, best on top, and the average as a line', () => {
    const o = rankingOption(
      items,
      66.7,
      { value: 'Значение', average: 'Среднее' },
      (v) => String(v),
      () => '#000',
    );
    expect(o.yAxis.data).toEqual(['Школа № 10', 'Школа № 2', 'Школа № 1']);
    expect(o.series[0].markLine?.data).toEqual([{ xAxis: 66.7 }]);
    expect(rankingOption(items, undefined, { value: '', average: '' }, String, () => '').series[0].markLine).toBeUndefined();
  });
});
