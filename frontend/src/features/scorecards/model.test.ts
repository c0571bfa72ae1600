import { beforeAll, describe, expect, it } from 'vitest';
import type { RatingItem, Scorecard } from '../../api/pending';
import i18n from '../../i18n';
import { itemCodes, places, ratingCsv, sortedByRank } from './model';

const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
const item = (
  organization: string,
  name: string,
  score: number,
  rank: number | undefined,
  parts: RatingItem['parts'] = [],
  missing = 0,
): RatingItem => ({
  municipality: 'tula',
  municipalityName: 'Тула',
  organization,
  organizationName: name,
  score,
  rank,
  parts,
  missing,
});

beforeAll(async () => {
  await i18n.changeLanguage('ru');
});

describe('places with ties', () => {
  it('two schools sharing rank 2 of competition ranks (1, 2, 2, 4) take places 2–3', () => {
    const p = places([item('a', 'A', 9, 1), item('b', 'B', 7, 2), item('c', 'C', 7, 2), item('d', 'D', 5, 4)]);
    expect([...p.values()].map((x) => x.label)).toEqual(['1', '2–3', '2–3', '4']);
    expect(p.get('b')?.shared).toBe(2);
    expect(p.get('d')?.shared).toBe(1);
  });

  it('a tie at the end spans its places; dense ranks (1, 2, 2, 3) keep the shared number', () => {
    expect(
      [...places([item('a', 'A', 9, 1), item('b', 'B', 3, 2), item('c', 'C', 3, 2), item('d', 'D', 3, 2)]).values()].map((x) => x.label),
    ).toEqual(['1', '2–4', '2–4', '2–4']);
    expect(
      [...places([item('a', 'A', 9, 1), item('b', 'B', 7, 2), item('c', 'C', 7, 2), item('d', 'D', 5, 3)]).values()].map((x) => x.label),
    ).toEqual(['1', '2', '2', '3']);
  });

  it('orders by rank, then by name within a tie', () => {
    expect(
      sortedByRank([item('c', 'СОШ № 10', 7, 2), item('a', 'Лицей', 9, 1), item('b', 'СОШ № 2', 7, 2)]).map((i) => i.organization),
    ).toEqual(['a', 'b', 'c']);
  });

  it('a school the server left without a rank (no item has data) has no place and comes last', () => {
    const items = [item('z', 'Без данных', 0, undefined, [], 2), item('a', 'Лицей', 9, 1), item('b', 'СОШ № 2', 7, 2)];
    expect(sortedByRank(items).map((i) => i.organization)).toEqual(['a', 'b', 'z']);
    const p = places(items);
    expect(p.has('z')).toBe(false);
    expect([p.get('a')?.label, p.get('b')?.label]).toEqual(['1', '2']);
  });
});

describe('the rating as CSV', () => {
  const scorecard: Scorecard = {
    code: 'heads',
    name: 'Эффективность руководителя',
    level: 'organization',
    version: 1,
    items: [
      { code: 'ege100', indicator: 'ege-100', indicatorName: 'Стобалльники', category: '', method: 'per_unit', points: 5 },
      { code: 'fail', indicator: 'no-cert', indicatorName: 'Без аттестата', category: '', method: 'presence', points: -1 },
    ],
  };
  const items = [
    item('co-3', 'ЦО № 3', 9.5, 1, [
      { item: 'ege100', indicator: 'ege-100', value: 2, points: 10, why: '2 × 5' },
      { item: 'fail', indicator: 'no-cert', value: 1, points: -0.5, why: 'наличие, вес 0,5' },
    ]),
    item(
      'sch-2',
      'СОШ; № 2',
      0,
      2,
      [
        { item: 'ege100', indicator: 'ege-100', why: 'нет данных' },
        { item: 'fail', indicator: 'no-cert', value: 0, points: 0, why: 'нет' },
      ],
      1,
    ),
  ];

  it('has a column of points per item, «нет данных» where the school gave no value (not 0), decimal commas', () => {
    expect(ratingCsv(items, scorecard, t)).toBe(
      '\ufeffМесто;Код;Школа;Сумма баллов;Пунктов без данных;Баллы: ege100 Стобалльники;Баллы: fail Без аттестата\r\n' +
        '1;co-3;ЦО № 3;9,5;0;10;-0,5\r\n' +
        '2;sch-2;"СОШ; № 2";0;1;нет данных;0\r\n',
    );
  });

  it('keeps the scorecard’s order of items and adds the ones only the parts name', () => {
    expect(itemCodes(scorecard, [item('x', 'X', 1, 1, [{ item: 'extra', indicator: 'e', value: 1, points: 1, why: 'наличие' }])])).toEqual([
      'ege100',
      'fail',
      'extra',
    ]);
  });
});
