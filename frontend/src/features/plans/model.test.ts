import { describe, expect, it } from 'vitest';
import type { Activity, ActivityStatus, Effect, PlanTree } from '../../api/pending';
import type { Me } from '../../api/types';
import { ApiError, buildUrl } from '../../lib/api';
import { planMenu } from '../../lib/permissions';
import {
  activityBody,
  activityFormOf,
  activityQuery,
  effectRows,
  effectVerdict,
  evidenceRefusal,
  filtersFromSearch,
  flattenNodes,
  groupBoard,
  indicatorYears,
  monthSpan,
  nextCode,
  placeInMonth,
  planBody,
  progressFigures,
  searchFromFilters,
  splitErrors,
  treeActivities,
} from './model';

const act = (code: string, over: Partial<Activity> = {}): Activity =>
  ({
    code,
    plan: 'kem-2024',
    title: `Мероприятие ${code}`,
    status: 'planned',
    overdue: false,
    ...over,
  }) as Activity;

describe('progress', () => {
  it('counts done of the activities that are not cancelled', () => {
    // 7 activities, 1 cancelled: 3 done of 6 = 50 %
    expect(progressFigures({ total: 7, planned: 2, inProgress: 1, done: 3, cancelled: 1, overdue: 2 })).toEqual({
      total: 7,
      done: 3,
      counted: 6,
      cancelled: 1,
      overdue: 2,
      inProgress: 1,
      percent: 50,
    });
    // 1 of 3 is 33 %, never rounded up to look better
    expect(progressFigures({ total: 3, planned: 2, inProgress: 0, done: 1, cancelled: 0, overdue: 0 }).percent).toBe(33);
    expect(progressFigures({ total: 3, planned: 0, inProgress: 0, done: 2, cancelled: 1, overdue: 0 }).percent).toBe(100);
  });
  it('a node without activities, or with only cancelled ones, is at 0 of 0', () => {
    expect(progressFigures(undefined)).toMatchObject({ total: 0, counted: 0, percent: 0 });
    expect(progressFigures({ total: 2, cancelled: 2 })).toMatchObject({ counted: 0, percent: 0 });
  });
});

describe('the board', () => {
  it('puts each activity in its status column, overdue first, then by deadline, undated last', () => {
    const list = [
      act('late-deadline', { dueTo: '2024-12-31' }),
      act('undated'),
      act('early', { dueTo: '2024-03-31' }),
      act('overdue', { dueTo: '2024-06-30', overdue: true }),
      act('doing', { status: 'in_progress', dueTo: '2024-05-01' }),
      act('done', { status: 'done', dueTo: '2023-01-01' }),
      act('dropped', { status: 'cancelled' }),
    ];
    const board = groupBoard(list);
    const codes = (s: ActivityStatus) => board[s].map((a) => a.code);
    expect(codes('planned')).toEqual(['overdue', 'early', 'late-deadline', 'undated']);
    expect(codes('in_progress')).toEqual(['doing']);
    expect(codes('done')).toEqual(['done']);
    expect(codes('cancelled')).toEqual(['dropped']);
  });
});

describe('filters', () => {
  it('become the parameters of one GET /activities, filters that are off left out', () => {
    const q = activityQuery(
      { municipality: 'kemerovo', plan: 'kem-2024', mine: true, overdue: true, thisMonth: true, responsible: '  Управление образования ' },
      new Date(2024, 1, 10),
    );
    // February of a leap year ends on the 29th
    expect(buildUrl('/api/v1', '/activities', q)).toBe(
      '/api/v1/activities?page=0&size=1000&municipality=kemerovo&plan=kem-2024&mine=true&overdue=true' +
        '&responsible=%D0%A3%D0%BF%D1%80%D0%B0%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5+%D0%BE%D0%B1%D1%80%D0%B0%D0%B7%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D1%8F' +
        '&dueFrom=2024-02-01&dueTo=2024-02-29',
    );
    expect(activityQuery({ municipality: 'kemerovo', mine: false, overdue: false, responsible: ' ' })).toEqual({
      page: 0,
      size: 1000,
      municipality: 'kemerovo',
    });
    expect(monthSpan(new Date(2023, 11, 31))).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });
  it('live in the address and come back the same', () => {
    const f = { plan: 'derbent-2022', mine: true, overdue: false, thisMonth: true, responsible: 'МКУ' };
    const sp = new URLSearchParams(searchFromFilters(f));
    expect(sp.toString()).toBe('plan=derbent-2022&mine=1&month=1&responsible=%D0%9C%D0%9A%D0%A3');
    expect(filtersFromSearch(sp)).toEqual(f);
    expect(filtersFromSearch(new URLSearchParams())).toEqual({
      plan: undefined,
      mine: false,
      overdue: false,
      thisMonth: false,
      responsible: undefined,
    });
  });
});

describe('the calendar', () => {
  const list = [
    act('december', { dueFrom: '2024-12-01', dueTo: '2024-12-31' }), // «декабрь 2024»
    act('q4', { dueFrom: '2024-10-01', dueTo: '2024-12-31', overdue: true }), // «IV квартал 2024»
    act('day', { dueFrom: '2024-12-05', dueTo: '2024-12-05' }), // «до 05.12.2024»
    act('november', { dueFrom: '2024-11-01', dueTo: '2024-11-30' }),
    act('year', { dueFrom: '2024-01-01', dueTo: '2024-12-31' }), // «2024 год»
    act('monthly', { recurrence: 'monthly', dueFrom: '2024-01-01', dueTo: '2026-12-31' }), // «ежемесячно»
    act('unplaced'),
  ];
  it('places a one-off activity on the last day of its deadline, a recurring one beside the grid', () => {
    const dec = placeInMonth(list, 2024, 11);
    expect([...dec.byDay.keys()].sort()).toEqual(['2024-12-05', '2024-12-31']);
    expect(dec.byDay.get('2024-12-31')!.map((a) => a.code)).toEqual(['q4', 'december', 'year']);
    expect(dec.byDay.get('2024-12-05')!.map((a) => a.code)).toEqual(['day']);
    expect(dec.recurring.map((a) => a.code)).toEqual(['monthly']);
  });
  it('shows nothing of a span in the months before its last day, and a recurring one only within its span', () => {
    const jan2024 = placeInMonth(list, 2024, 0);
    expect(jan2024.byDay.size).toBe(0);
    expect(jan2024.recurring.map((a) => a.code)).toEqual(['monthly']);
    expect(
      placeInMonth(list, 2024, 10)
        .byDay.get('2024-11-30')!
        .map((a) => a.code),
    ).toEqual(['november']);
    expect(placeInMonth(list, 2027, 0).recurring).toEqual([]);
  });
});

describe('the tree', () => {
  const tree = {
    plan: { code: 'kem-2024', name: 'Дорожная карта', municipality: 'kemerovo', yearFrom: 2022, yearTo: 2024, state: 'draft' },
    nodes: [
      {
        code: 'g1',
        kind: 'goal',
        title: 'Качество образования',
        activities: [act('a1')],
        children: [{ code: 't1', kind: 'task', title: 'Поддержка ШНОР', parent: 'g1', activities: [act('a2'), act('a3')] }],
      },
      { code: 'g2', kind: 'goal', title: 'Кадры' },
    ],
    activities: [act('a5')],
  } as unknown as PlanTree;
  it('lists the nodes in reading order with their depth, and every activity of the plan', () => {
    expect(flattenNodes(tree.nodes)).toEqual([
      { code: 'g1', title: 'Качество образования', kind: 'goal', depth: 0 },
      { code: 't1', title: 'Поддержка ШНОР', kind: 'task', depth: 1 },
      { code: 'g2', title: 'Кадры', kind: 'goal', depth: 0 },
    ]);
    expect(treeActivities(tree).map((a) => a.code)).toEqual(['a1', 'a2', 'a3', 'a5']);
    expect(
      nextCode(
        'a',
        treeActivities(tree).map((a) => a.code),
      ),
    ).toBe('a4');
  });
  it('gives an indicator a cell for every year of the plan, empty where there is nothing', () => {
    const cells = indicatorYears(
      { indicator: 'ege-low', name: 'ЕГЭ ниже минимума', years: [{ year: 2023, target: 5, value: 6.2, status: 'not_met' }] },
      2022,
      2024,
    );
    expect(cells).toEqual([
      { year: 2022, status: 'no_data' },
      { year: 2023, target: 5, value: 6.2, status: 'not_met' },
      { year: 2024, status: 'no_data' },
    ]);
  });
});

describe('forms', () => {
  it('sends the deadline as typed (trimmed) and leaves blank optional fields out', () => {
    const f = {
      ...activityFormOf(undefined, 't1'),
      code: 'a4',
      title: 'Семинар для директоров',
      due: '  до декабря 2024 ',
      responsible: ' ',
      resultIndicator: 'ege-low',
      resultTarget: 0,
    };
    expect(activityBody(f)).toEqual({
      title: 'Семинар для директоров',
      node: 't1',
      due: 'до декабря 2024',
      status: 'planned',
      resultIndicator: 'ege-low',
      resultTarget: 0,
      indicators: [],
      organizations: [],
      groups: [],
    });
  });
  it('a regional plan goes without a municipality', () => {
    expect(planBody({ code: 'reg', name: 'Региональная программа', yearFrom: 2024, yearTo: 2026, description: ' ' }, null)).toEqual({
      name: 'Региональная программа',
      yearFrom: 2024,
      yearTo: 2026,
    });
    expect(planBody({ code: 'p', name: 'План', yearFrom: null, yearTo: 2026 }, 'derbent')).toEqual({
      name: 'План',
      municipality: 'derbent',
      yearTo: 2026,
    });
  });
  it('shows the server’s error on the deadline under the field, the rest apart', () => {
    const e = new ApiError(
      422,
      {
        type: 'about:blank',
        title: 'Ошибка проверки',
        status: 422,
        errors: [
          {
            field: 'due',
            code: 'due',
            message: 'Срок «к осени» не распознан: допустимы 2024-09-01, 2024-09, 2024-Q3, 2024, «до декабря 2024»…',
          },
          { field: 'indicators[1]', code: 'unknown', message: 'Нет показателя «x»' },
          { field: 'plan', code: 'locked', message: 'План утверждён' },
        ],
      },
      'HTTP 422',
    );
    expect(splitErrors(e, ['due', 'indicators'] as const)).toEqual({
      fields: [
        { name: 'due', errors: ['Срок «к осени» не распознан: допустимы 2024-09-01, 2024-09, 2024-Q3, 2024, «до декабря 2024»…'] },
        { name: 'indicators', errors: ['Нет показателя «x»'] },
      ],
      other: ['План утверждён'],
    });
    const locked = new ApiError(
      409,
      { type: 'about:blank', title: 'Конфликт', status: 409, detail: 'План утверждён; откройте его заново' },
      'x',
    );
    expect(splitErrors(locked, ['due'] as const)).toEqual({ fields: [], other: ['План утверждён; откройте его заново'] });
  });
  it('tells an evidence refusal in the server’s words, or in Russian when a proxy sent a bare status', () => {
    const fallback = { tooLarge: 'Файл слишком большой', badType: 'Тип файла не принимается' };
    const withDetail = new ApiError(
      413,
      { type: 'about:blank', title: 'Payload Too Large', status: 413, detail: 'Файл больше 10 МБ' },
      'x',
    );
    expect(evidenceRefusal(withDetail, fallback)).toBe('Файл больше 10 МБ');
    expect(evidenceRefusal(new ApiError(413, undefined, 'HTTP 413'), fallback)).toBe('Файл слишком большой');
    expect(evidenceRefusal(new ApiError(415, undefined, 'HTTP 415'), fallback)).toBe('Тип файла не принимается');
  });
});

describe('effect', () => {
  it('lists the municipality first, then by indicator; a missing year is «no data», no change is «unchanged»', () => {
    const effect: Effect = {
      year: 2023,
      summary: { improved: 1, worsened: 2, unchanged: 0, missing: 1 },
      before: 2022,
      after: 2024,
      items: [
        {
          indicator: 'b',
          name: 'Доля ВПР «2»',
          unit: 'percent',
          direction: 'higher',
          municipality: 'kaluga',
          organization: 'school-5',
          before: 12,
          after: 8,
          change: -4,
          improved: true,
        },
        {
          indicator: 'b',
          name: 'Доля ВПР «2»',
          unit: 'percent',
          direction: 'higher',
          municipality: 'kaluga',
          before: 10,
          after: 11,
          change: 1,
          improved: false,
        },
        {
          indicator: 'a',
          name: 'Вовлечённость',
          unit: 'percent',
          direction: 'higher',
          municipality: 'kaluga',
          organization: 'school-1',
          before: 40,
          after: undefined,
          change: undefined,
          improved: undefined,
        },
        {
          indicator: 'a',
          name: 'Вовлечённость',
          unit: 'percent',
          direction: 'higher',
          municipality: 'kaluga',
          before: 50,
          after: 50,
          change: 0,
          improved: false,
        },
      ],
    };
    const rows = effectRows(effect);
    expect(rows.map((r) => `${r.indicator}:${r.organization ?? 'МО'}`)).toEqual(['a:МО', 'b:МО', 'a:school-1', 'b:school-5']);
    expect(rows.map(effectVerdict)).toEqual(['unchanged', 'worsened', 'missing', 'improved']);
  });
});

describe('menu', () => {
  const me = (over: Partial<Me>): Me => ({
    username: 'x',
    roles: [],
    admin: false,
    readsAll: false,
    writesAll: false,
    canApprove: false,
    managesCatalogue: false,
    readable: [],
    writable: [],
    ...over,
  });
  it('gives a municipality’s readers its plans and activities, and the ministry the region’s plans', () => {
    expect(planMenu(me({ writable: ['kemerovo'] }), 'kemerovo')).toEqual(['plans', 'activities']);
    expect(planMenu(me({ writable: ['kemerovo'] }), 'derbent')).toEqual([]);
    expect(planMenu(me({ readsAll: true, roles: ['ministry-analyst'] }), 'derbent')).toEqual(['plans', 'activities', 'regionPlans']);
  });
});
