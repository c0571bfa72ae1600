import { describe, expect, it } from 'vitest';
import type { GroupProgressYear } from '../../api/pending';
import { ApiError } from '../../lib/api';
import { formOf, gapTrend, groupBody, progressOption, splitErrors, yearsText } from './model';

describe('register form', () => {
  it('sends what the form holds, blank optional fields left out', () => {
    expect(
      groupBody({
        code: ' shnor-2019 ',
        name: 'ШНОР 2019–2020',
        description: ' ',
        yearFrom: 2019,
        yearTo: null,
        organizations: ['school-5'],
      }),
    ).toEqual({
      code: 'shnor-2019',
      name: 'ШНОР 2019–2020',
      yearFrom: 2019,
      organizations: ['school-5'],
    });
    expect(groupBody(formOf(undefined))).toEqual({ name: '', organizations: [] });
  });
  it('puts the server’s field errors at their fields, others apart', () => {
    const e = new ApiError(
      422,
      {
        type: 'about:blank',
        title: 'Ошибка',
        status: 422,
        errors: [
          { field: 'yearTo', code: 'years_inverted', message: 'Последний год реестра (2018) раньше первого (2019)' },
          { field: 'organizations[1]', code: 'unknown', message: 'Нет организации «school-99»' },
          { field: 'organizations', code: 'unknown', message: 'ещё одна' },
          { field: 'body', code: 'x', message: 'Тело запроса' },
        ],
      },
      'HTTP 422',
    );
    expect(splitErrors(e)).toEqual({
      fields: [
        { name: 'yearTo', errors: ['Последний год реестра (2018) раньше первого (2019)'] },
        { name: 'organizations', errors: ['Нет организации «school-99»', 'ещё одна'] },
      ],
      other: ['Тело запроса'],
    });
    expect(splitErrors(new ApiError(500, undefined, 'HTTP 500')).other).toEqual(['HTTP 500']);
  });
  it('years as a span or one year', () => {
    expect(yearsText({ yearFrom: 2019, yearTo: 2020 })).toBe('2019–2020');
    expect(yearsText({ yearFrom: 2019, yearTo: 2019 })).toBe('2019');
  });
});

/** A year of the server's progress: the gap is the group's average minus the rest's. */
const yr = (year: number, over: Partial<GroupProgressYear> = {}): GroupProgressYear => {
  const groupAverage = over.groupAverage === undefined ? 50 : over.groupAverage;
  const restAverage =
    over.restAverage === undefined && 'gap' in over && typeof over.gap === 'number' && groupAverage !== null
      ? groupAverage - over.gap
      : over.restAverage;
  return {
    year,
    yearLabel: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
    groupAverage,
    groupCount: groupAverage === null ? 0 : 3,
    restAverage,
    restCount: restAverage === null || restAverage === undefined ? 0 : 12,
    municipalAverage: 55,
    ...over,
  };
};

describe('catching up', () => {
  it('a group behind on a «lower is better» indicator whose gap goes down is catching up', () => {
    expect(
      gapTrend(
        [
          yr(2021, { gap: 4.5, yearLabel: '2021/22' }),
          yr(2019, { gap: 9, yearLabel: '2019/20' }),
          yr(2020, { gap: 12 }),
          yr(2022, { restAverage: null, gap: null }),
        ],
        'lower',
      ),
    ).toEqual({ kind: 'closing', from: 9, to: 4.5, fromYear: 2019, toYear: 2021, fromLabel: '2019/20', toLabel: '2021/22' });
  });
  it('on a «higher is better» indicator the group behind has a negative gap: going up to 0 is catching up', () => {
    expect(gapTrend([yr(2019, { gap: -9 }), yr(2020, { gap: -4.5 })], 'higher')).toMatchObject({ kind: 'closing', from: -9, to: -4.5 });
    expect(gapTrend([yr(2019, { gap: -2 }), yr(2020, { gap: -6 })], 'higher').kind).toBe('widening');
  });
  it('a growing gap is falling behind; one year tells nothing', () => {
    expect(gapTrend([yr(2019, { gap: 1 }), yr(2020, { gap: 3 })], 'lower').kind).toBe('widening');
    expect(gapTrend([yr(2019, { gap: 2 }), yr(2020, { gap: 2 })], 'lower').kind).toBe('same');
    expect(gapTrend([yr(2019, { gap: 2 }), yr(2020, { restAverage: null, gap: null })], 'lower').kind).toBe('unknown');
  });
  it('charts the three averages by year label', () => {
    const o = progressOption(
      [
        yr(2020, { groupAverage: 50, restAverage: 60, municipalAverage: 58, gap: -10 }),
        yr(2019, { groupAverage: 40, restAverage: null, restCount: 0, municipalAverage: 55, gap: null }),
      ],
      { group: 'Реестр', rest: 'Остальные', municipality: 'МО' },
      String,
    );
    expect(o.xAxis.data).toEqual(['2019/20', '2020/21']);
    expect(o.series.map((s) => s.data)).toEqual([
      [40, 50],
      [null, 60],
      [55, 58],
    ]);
  });
});
