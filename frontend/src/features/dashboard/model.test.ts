import { describe, expect, it } from 'vitest';
import type { Attainment } from '../../api/types';
import type { DataYears, Trend } from '../../api/pending';
import { scaleOf, segments } from '../../lib/ui/AreaBars';
import {
  applyFilters,
  areaBars,
  chooseYear,
  groupByArea,
  schoolsStatus,
  sparkPoints,
  splitByTarget,
  toRows,
  trendIndex,
  trendKey,
  yearsWithValues,
} from './model';

const a = (p: Partial<Attainment>): Attainment => ({
  indicator: '1',
  indicatorName: 'X',
  area: 'A',
  unit: 'percent',
  decimals: 1,
  polarity: 'higher',
  level: p.organization ? 'organization' : 'municipality',
  municipality: 'kaluga',
  municipalityName: 'Калуга',
  category: '',
  categoryLabel: 'Всего',
  year: 2020,
  yearLabel: '2020',
  fact: 1,
  qualifier: 'exact',
  status: 'met',
  ...p,
});

describe('dashboard model', () => {
  const items = [
    a({ indicator: '1.10', indicatorName: 'Охват', area: 'Доступность', status: 'met' }),
    a({ indicator: '1.2', indicatorName: 'Доля выпускников', area: 'Доступность', status: 'not_met' }),
    a({ indicator: '2.1', indicatorName: 'Школы', area: 'Результаты', organization: 's1', status: 'met' }),
    a({ indicator: '2.1', indicatorName: 'Школы', area: 'Результаты', organization: 's2', status: 'not_met' }),
    a({ indicator: '3', indicatorName: 'Без', area: undefined, status: 'no_data' }),
  ];
  it('keeps one row per indicator and rolls up organizations', () => {
    const rows = toRows(items, '—');
    expect(rows.map((r) => r.indicator)).toEqual(['1.10', '1.2', '2.1', '3']);
    const org = rows.find((r) => r.indicator === '2.1')!;
    expect(org.row).toBeUndefined();
    expect(org.orgCounts).toEqual({ met: 1, not_met: 1, no_data: 0, no_target: 0 });
    expect(org.status).toBe('not_met');
    expect(rows.find((r) => r.indicator === '3')!.area).toBe('—');
  });
  it('filters by area, status and search', () => {
    const rows = toRows(items, '—');
    expect(applyFilters(rows, { area: 'Доступность' }).length).toBe(2);
    expect(applyFilters(rows, { status: 'not_met' }).map((r) => r.indicator)).toEqual(['1.2', '2.1']);
    expect(applyFilters(rows, { q: 'выпуск' }).map((r) => r.indicator)).toEqual(['1.2']);
    expect(applyFilters(rows, { q: '2.1' }).map((r) => r.indicator)).toEqual(['2.1']);
  });
  it('groups by area with codes in natural order', () => {
    const groups = groupByArea(toRows(items, '—'));
    expect(groups.map((g) => g.area)).toEqual(['Доступность', 'Результаты', '—']);
    expect(groups[0].rows.map((r) => r.indicator)).toEqual(['1.2', '1.10']);
  });
  it('takes «met by N of M schools» from the municipality row and ignores category rows', () => {
    const rows = toRows(
      [
        a({ indicator: '4', fact: 55, schools: { met: 31, notMet: 12, noData: 5, total: 48 } }),
        a({ indicator: '4', category: 'subject=math', fact: 40 }),
        a({ indicator: '4', organization: 's1', status: 'not_met' }),
        a({ indicator: '5', organization: 's1', status: 'met' }),
        a({ indicator: '5', organization: 's1', category: 'subject=math', status: 'not_met' }),
      ],
      '—',
    );
    const four = rows.find((r) => r.indicator === '4')!;
    expect(four.row?.fact).toBe(55);
    expect(four.schools).toEqual({ met: 31, notMet: 12, noData: 5, total: 48 });
    expect(four.bySchool).toBe(true);
    const five = rows.find((r) => r.indicator === '5')!;
    expect(five.orgCounts).toEqual({ met: 1, not_met: 0, no_data: 0, no_target: 0 });
    expect(rows.find((r) => r.indicator === '1.10')).toBeUndefined();
  });

  it("gives a school-level indicator without a target of its own its schools' status and puts it with the targets", () => {
    const rows = toRows(
      [
        // the municipality has no target of its own; 2 of 5 schools met the target every school has
        a({
          indicator: '6',
          level: 'organization',
          fact: undefined,
          status: 'no_target',
          schools: { met: 2, notMet: 2, noData: 1, total: 5 },
        }),
        a({
          indicator: '6',
          organization: 's1',
          status: 'met',
          targetScope: 'every_organization',
          target: { comparator: 'ge', value: 50 },
          municipalAverage: 57.5,
          municipalAverageCount: 4,
        }),
        a({ indicator: '7', status: 'no_target' }),
        a({ indicator: '8', status: 'met', target: { comparator: 'ge', value: 1 } }),
      ],
      '—',
    );
    const six = rows.find((r) => r.indicator === '6')!;
    expect(six.status).toBe('not_met');
    expect(six.hasTarget).toBe(true);
    expect(six.schools).toEqual({ met: 2, notMet: 2, noData: 1, total: 5 });
    expect(six.schoolTarget).toEqual({ comparator: 'ge', value: 50 });
    expect(six.average).toEqual({ value: 57.5, count: 4 });
    expect(rows.find((r) => r.indicator === '7')!.hasTarget).toBe(false);
    expect(rows.find((r) => r.indicator === '8')!.hasTarget).toBe(true);
  });

  it("reads the schools' status: one miss is not met, all met is met, missing figures are no data", () => {
    expect(schoolsStatus({ met: 3, notMet: 1, noData: 1, total: 5 })).toBe('not_met');
    expect(schoolsStatus({ met: 5, notMet: 0, noData: 0, total: 5 })).toBe('met');
    expect(schoolsStatus({ met: 3, notMet: 0, noData: 2, total: 5 })).toBe('no_data');
    expect(schoolsStatus({ met: 0, notMet: 0, noData: 0, total: 0 })).toBeUndefined();
    expect(schoolsStatus(undefined)).toBeUndefined();
  });

  it('puts the indicators with targets first and the ones without apart', () => {
    const rows = toRows(
      [
        a({ indicator: '1', area: 'Б', status: 'no_target' }),
        a({ indicator: '2', area: 'Б', status: 'met', target: { comparator: 'ge', value: 1 } }),
        a({ indicator: '3', area: 'А', status: 'no_target' }),
        a({ indicator: '4', area: 'В', status: 'no_data', target: { comparator: 'ge', value: 1 } }),
      ],
      '—',
    );
    const parts = splitByTarget(rows);
    expect(parts.withTargets.map((g) => [g.area, g.rows.map((r) => r.indicator)])).toEqual([
      ['Б', ['2']],
      ['В', ['4']],
    ]);
    expect(parts.withoutTargets.map((g) => [g.area, g.rows.map((r) => r.indicator)])).toEqual([
      ['Б', ['1']],
      ['А', ['3']],
    ]);
    expect(parts.withoutCount).toBe(2);
  });
});

describe('trends from one request', () => {
  const trends: Trend[] = [
    {
      indicator: '1',
      category: '',
      points: [
        { year: 2020, yearLabel: '2020', fact: 10, status: 'no_target' },
        { year: 2021, yearLabel: '2021', fact: 12, status: 'met', target: { comparator: 'ge', value: 11 } },
        { year: 2022, yearLabel: '2022', fact: 9, status: 'not_met', target: { comparator: 'ge', value: 11 } },
      ],
    },
    { indicator: '1', category: 'subject=math', points: [{ year: 2021, yearLabel: '2021', fact: 3, status: 'no_target' }] },
    {
      indicator: 's',
      category: '',
      points: [
        { year: 2020, yearLabel: '2020', status: 'no_target', municipalAverage: 40, municipalAverageCount: 3 },
        { year: 2021, yearLabel: '2021', status: 'no_target', municipalAverage: 45, municipalAverageCount: 3 },
      ],
    },
  ];
  it("finds a row's trend by indicator and category", () => {
    const index = trendIndex(trends);
    expect(index.get(trendKey('1', ''))!.map((p) => p.fact)).toEqual([10, 12, 9]);
    expect(index.get(trendKey('1', 'subject=math'))!.map((p) => p.fact)).toEqual([3]);
    expect(index.get(trendKey('2', ''))).toBeUndefined();
  });
  it("draws the facts up to the dashboard's year, and the schools' mean when the municipality has none", () => {
    const index = trendIndex(trends);
    expect(sparkPoints(index.get(trendKey('1', '')), 2021).map((p) => [p.year, p.fact, p.status])).toEqual([
      [2020, 10, 'no_target'],
      [2021, 12, 'met'],
    ]);
    expect(sparkPoints(index.get(trendKey('s', '')), 2022).map((p) => [p.year, p.fact])).toEqual([
      [2020, 40],
      [2021, 45],
    ]);
    expect(sparkPoints(undefined, 2022)).toEqual([]);
  });
});

describe('the year the dashboard opens on', () => {
  const years: DataYears = {
    municipality: 'kaluga',
    years: [
      { year: 2030, values: 0, targets: 12, state: 'open' },
      { year: 2023, values: 200, targets: 10, state: 'open' },
      { year: 2022, values: 190, targets: 10, state: 'approved' },
    ],
    suggested: 2023,
    suggestedBecause: 'last_open',
  };
  it('waits for the years instead of showing a year it would change', () => {
    expect(chooseYear(undefined, undefined, true, 2026)).toEqual({ year: undefined, reason: 'no_data' });
  });
  it("takes the year in the address first, then the server's choice, then last year", () => {
    expect(chooseYear(2021, years, true, 2026)).toEqual({ year: 2021, reason: 'chosen' });
    expect(chooseYear(undefined, years, false, 2026)).toEqual({ year: 2023, reason: 'last_open' });
    expect(chooseYear(undefined, { ...years, suggested: 2023, suggestedBecause: 'last_with_data' }, false, 2026)).toEqual({
      year: 2023,
      reason: 'last_with_data',
    });
    expect(chooseYear(undefined, { municipality: 'x', years: [] }, false, 2026)).toEqual({ year: 2025, reason: 'no_data' });
  });
  it('offers the years with values (a year with only targets is not one)', () => {
    expect(yearsWithValues(years)).toEqual([2023, 2022]);
  });
});

describe('per-area attainment chart', () => {
  const byArea = [
    { area: 'Доступность', met: 0, notMet: 0, noData: 0, noTarget: 30 },
    { area: 'Результаты', met: 3, notMet: 1, noData: 0, noTarget: 10 },
    { met: 1, notMet: 0, noData: 1, noTarget: 0 },
  ];
  it('counts the rows with targets and the share met, areas with most targets first', () => {
    const bars = areaBars(byArea, 'Без направления');
    expect(bars.map((b) => [b.area, b.withTargets, b.metShare])).toEqual([
      ['Результаты', 4, 75],
      ['Без направления', 2, 50],
      ['Доступность', 0, null],
    ]);
  });
  it('draws the areas in order on one scale, each bar with its non-empty statuses', () => {
    const bars = areaBars(byArea, '—');
    expect(bars.map((b) => b.area)).toEqual(['Результаты', '—', 'Доступность']);
    const max = scaleOf(bars);
    expect(max).toBe(30);
    expect(segments(bars[0], max).map((g) => [g.status, g.count, Math.round(g.width * 10) / 10])).toEqual([
      ['met', 3, 10],
      ['not_met', 1, 3.3],
      ['no_target', 10, 33.3],
    ]);
    expect(segments(bars[2], max)).toEqual([{ status: 'no_target', count: 30, width: 100 }]);
    expect(scaleOf([])).toBe(1);
  });
});
