import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import type { Scorecard } from '../../api/pending';
import { pathOf, scorecardBody, scorecardFormOf, splitScorecardErrors, type ScorecardForm } from './scorecardForm';

describe('the scorecard body', () => {
  it('sends each item with the fields of its method only', () => {
    const f: ScorecardForm = {
      code: 'heads',
      name: 'Руководители',
      level: 'organization',
      items: [
        {
          code: 'a',
          indicator: 'x',
          category: '',
          method: 'threshold',
          points: 5,
          comparator: 'ge',
          value: 70,
          bands: [{ from: 1, to: 2, points: 3 }],
          weight: null,
        },
        {
          code: 'b',
          indicator: 'y',
          category: 'grade=4',
          method: 'bands',
          points: 9,
          comparator: 'ge',
          value: 1,
          bands: [
            { from: 40, to: 60, points: 1 },
            { from: 60, to: null, points: 2 },
          ],
        },
        { code: 'c', indicator: 'z', category: '', method: 'above_average', points: -2, value: 3, bands: [], weight: 0.5 },
      ],
    };
    expect(scorecardBody(f).items).toEqual([
      { code: 'a', indicator: 'x', method: 'threshold', points: 5, comparator: 'ge', value: 70 },
      {
        code: 'b',
        indicator: 'y',
        category: 'grade=4',
        method: 'bands',
        bands: [
          { from: 40, to: 60, points: 1 },
          { from: 60, points: 2 },
        ],
      },
      { code: 'c', indicator: 'z', method: 'above_average', points: -2, weight: 0.5 },
    ]);
  });
});

describe('an edited scorecard', () => {
  it('is sent back with what the editor does not change: its keeper, description, areas and item names', () => {
    const read: Scorecard = {
      code: 'tula-heads',
      name: 'Руководители',
      description: 'tula.txt, раздел 4.2',
      level: 'organization',
      municipality: 'tula',
      areaWeights: { 'По базовой подготовке': 2 },
      version: 3,
      items: [
        {
          code: 'no-cert',
          name: 'Без аттестата: наличие – −1 балл',
          indicator: 'no-cert',
          indicatorName: 'Доля без аттестата',
          category: '',
          method: 'presence',
          points: -1,
          weight: 1,
          area: 'По базовой подготовке',
        },
      ],
    };
    const body = scorecardBody(scorecardFormOf(read));
    expect(body).toEqual({
      code: 'tula-heads',
      name: 'Руководители',
      description: 'tula.txt, раздел 4.2',
      level: 'organization',
      municipality: 'tula',
      areaWeights: { 'По базовой подготовке': 2 },
      items: [
        {
          code: 'no-cert',
          name: 'Без аттестата: наличие – −1 балл',
          area: 'По базовой подготовке',
          indicator: 'no-cert',
          method: 'presence',
          points: -1,
          weight: 1,
        },
      ],
    });
  });

  it('a new one is kept by the municipality it is created for, or by the region', () => {
    expect(scorecardBody(scorecardFormOf(undefined, 'tula')).municipality).toBe('tula');
    expect(scorecardBody(scorecardFormOf(undefined, '')).municipality).toBeUndefined();
  });

  it('the keeper refused by the server is shown at the keeper field', () => {
    const e = new ApiError(
      403,
      { type: 'about:blank', title: 'x', status: 403, errors: [{ field: 'municipality', code: 'forbidden', message: 'Нет доступа' }] },
      'x',
    );
    expect(splitScorecardErrors(e).fields).toEqual([{ name: ['keeper'], errors: ['Нет доступа'] }]);
  });
});

describe('the server’s field errors', () => {
  it('parse to form paths', () => {
    expect(pathOf('items[1].bands[0].from')).toEqual(['items', 1, 'bands', 0, 'from']);
    expect(pathOf('name')).toEqual(['name']);
  });

  it('go to the item fields; the rest above the buttons', () => {
    const e = new ApiError(
      422,
      {
        type: 'about:blank',
        title: 'x',
        status: 422,
        errors: [
          { field: 'items[0].indicator', code: 'unknown', message: 'Показатель не найден' },
          { field: 'items[1].bands[0].to', code: 'order', message: 'До меньше от' },
          { field: 'items', code: 'required', message: 'Нужен хотя бы один пункт' },
        ],
      },
      'x',
    );
    const { fields, other } = splitScorecardErrors(e);
    expect(fields.map((f) => f.name)).toEqual([
      ['items', 0, 'indicator'],
      ['items', 1, 'bands', 0, 'to'],
    ]);
    expect(other).toEqual(['items: Нужен хотя бы один пункт']);
  });
});
