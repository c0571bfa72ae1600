import { describe, expect, it } from 'vitest';
import type { PublicAttainmentRow } from '../../api/pending';
import { areaBars, byArea, chooseYear, rowName, trendIndex, trendKey } from './model';

const row = (indicator: string, area: string | undefined, extra: Partial<PublicAttainmentRow> = {}): PublicAttainmentRow => ({
  indicator,
  indicatorName: `Показатель ${indicator}`,
  area,
  unit: 'percent',
  decimals: 1,
  polarity: 'higher',
  category: '',
  categoryLabel: '',
  yearLabel: '2023',
  status: 'met',
  ...extra,
});

describe('the public page', () => {
  const years = [
    { year: 2022, publishedAt: '2023-08-01T10:00:00Z', indicators: 3 },
    { year: 2023, publishedAt: '2024-08-01T10:00:00Z', indicators: 5 },
  ];

  it('shows the newest published year unless the address names one', () => {
    expect(chooseYear(undefined, years)).toEqual({ year: 2023, published: true });
    expect(chooseYear('2022', years)).toEqual({ year: 2022, published: true });
    expect(chooseYear('2021', years)).toEqual({ year: 2021, published: false });
    expect(chooseYear('abc', years)).toEqual({ year: 2023, published: true });
    expect(chooseYear(undefined, [])).toEqual({ year: undefined, published: false });
  });

  it('groups the rows by area in the order given, those without an area last', () => {
    const groups = byArea([row('a', undefined), row('b', 'Кадры'), row('c', 'Обучение'), row('d', 'Кадры')], 'Без направления');
    expect(groups.map((g) => g.area)).toEqual(['Кадры', 'Обучение', 'Без направления']);
    expect(groups[0].rows.map((r) => r.indicator)).toEqual(['b', 'd']);
  });

  it('draws each area with the share of its targets met', () => {
    // 3 met of 4 with a target: 75 %; an area with no target has no share
    expect(areaBars([{ area: 'Обучение', met: 3, notMet: 1, noData: 0, noTarget: 2 }], '—')[0].metShare).toBe(75);
    expect(areaBars([{ area: undefined, met: 0, notMet: 0, noData: 0, noTarget: 2 }], '—')[0]).toMatchObject({
      area: '—',
      metShare: null,
    });
  });

  it('indexes the trends oldest first and names a category', () => {
    const idx = trendIndex({
      municipality: 'derbent',
      year: 2023,
      years: [2022, 2023],
      items: [
        {
          indicator: 'a',
          category: '',
          points: [
            { year: 2023, yearLabel: '2023', fact: 75, status: 'met' },
            { year: 2022, yearLabel: '2022', fact: 60, status: 'not_met' },
          ],
        },
      ],
    });
    expect(idx.get(trendKey('a', ''))?.map((p) => p.fact)).toEqual([60, 75]);
    expect(rowName(row('a', undefined, { categoryLabel: 'Математика' }))).toBe('Показатель a (Математика)');
  });
});
