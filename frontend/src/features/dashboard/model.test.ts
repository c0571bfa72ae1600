import { describe, expect, it } from 'vitest';
import type { Attainment } from '../../api/types';
import { applyFilters, groupByArea, toRows } from './model';

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
    expect(four.schools).toEqual({ met: 31, total: 48 });
    expect(four.bySchool).toBe(true);
    const five = rows.find((r) => r.indicator === '5')!;
    expect(five.orgCounts).toEqual({ met: 1, not_met: 0, no_data: 0, no_target: 0 });
    expect(rows.find((r) => r.indicator === '1.10')).toBeUndefined();
  });
});
