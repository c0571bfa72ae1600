import { describe, expect, it } from 'vitest';
import type { Rule } from '../../api/types';
import { ApiError } from '../../lib/api';
import { fieldPath, ruleBody, ruleFormOf, splitRuleErrors, type RuleForm } from './ruleForm';

const form: RuleForm = {
  code: ' tula-vpr4 ',
  name: 'ВПР 4 класс',
  description: ' ',
  keeper: 'tula',
  level: 'organization',
  combine: 'any',
  window: 3,
  minYears: 2,
  preceding: true,
  conditions: [
    { indicator: 'vpr-2', category: 'grade=4', kind: 'threshold', comparator: 'ge', value: 20, average: 'above' },
    { indicator: 'vpr-5', category: 'grade=4', kind: 'missingOrZero', comparator: 'ge', value: 3 },
    { indicator: 'vpr-avg', category: '', kind: 'average', average: 'below', comparator: 'lt', value: 1 },
  ],
};

describe('the rule body', () => {
  it('sends each condition with only the test its kind names', () => {
    expect(ruleBody(form)).toEqual({
      code: 'tula-vpr4',
      name: 'ВПР 4 класс',
      level: 'organization',
      combine: 'any',
      window: 3,
      minYears: 2,
      preceding: true,
      municipality: 'tula',
      conditions: [
        { indicator: 'vpr-2', category: 'grade=4', comparator: 'ge', value: 20 },
        { indicator: 'vpr-5', category: 'grade=4', missingOrZero: true },
        { indicator: 'vpr-avg', average: 'below' },
      ],
    });
  });

  it('a region rule has no municipality; blank numbers are left for the server to refuse', () => {
    const body = ruleBody({ ...form, keeper: '', window: null, minYears: undefined });
    expect('municipality' in body).toBe(false);
    expect('window' in body).toBe(false);
    expect('minYears' in body).toBe(false);
  });

  it('reads a stored rule back into the form with the kind of each test', () => {
    const rule: Rule = {
      code: 'r',
      name: 'R',
      level: 'organization',
      combine: 'all',
      window: 2,
      minYears: 2,
      preceding: false,
      version: 4,
      conditions: [
        { indicator: 'a', indicatorName: 'A', category: '', missingOrZero: true, text: '' },
        { indicator: 'b', indicatorName: 'B', category: 'x', average: 'above', text: '' },
        { indicator: 'c', indicatorName: 'C', category: '', comparator: 'lt', value: 5, text: '' },
      ],
    };
    expect(ruleFormOf(rule, 'tula').conditions.map((c) => c.kind)).toEqual(['missingOrZero', 'average', 'threshold']);
    expect(ruleFormOf(rule, 'tula').keeper).toBe('');
    expect(ruleFormOf(undefined, 'tula').keeper).toBe('tula');
  });
});

describe('the server’s field errors at the form’s fields', () => {
  it('maps condition fields to their row', () => {
    expect(fieldPath('conditions[1].category')).toEqual(['conditions', 1, 'category']);
    expect(fieldPath('minYears')).toEqual(['minYears']);
    expect(fieldPath('municipality')).toEqual(['keeper']);
    expect(fieldPath('conditions[0].comparator', 'tests_conflict')).toEqual(['conditions', 0, 'kind']);
    expect(fieldPath('conditions[2].comparator', 'required', form.conditions)).toEqual(['conditions', 2, 'kind']);
    expect(fieldPath('conditions[0].comparator', 'required', form.conditions)).toEqual(['conditions', 0, 'comparator']);
    expect(fieldPath('conditions')).toBeUndefined();
  });

  it('puts what has no field above the buttons', () => {
    const e = new ApiError(
      422,
      {
        type: 'about:blank',
        title: 'Ошибка в данных',
        status: 422,
        errors: [
          { field: 'conditions[1].category', code: 'unknown_category', message: 'Категории «grade=9» нет' },
          { field: 'minYears', code: 'min_years_over_window', message: 'Число лет больше окна' },
          { field: 'conditions', code: 'too_many', message: 'Слишком много условий' },
        ],
      },
      'x',
    );
    const { fields, other } = splitRuleErrors(e, form.conditions);
    expect(fields).toEqual([
      { name: ['conditions', 1, 'category'], errors: ['Категории «grade=9» нет'] },
      { name: ['minYears'], errors: ['Число лет больше окна'] },
    ]);
    expect(other).toEqual(['Слишком много условий']);
  });

  it('shows a refusal without field errors (403) as its message', () => {
    const e = new ApiError(
      403,
      { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Правила региона ведут министерство' },
      'x',
    );
    expect(splitRuleErrors(e)).toEqual({ fields: [], other: ['Правила региона ведут министерство'] });
  });
});
