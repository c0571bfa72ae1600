import { beforeAll, describe, expect, it } from 'vitest';
import type { Flag, Rule } from '../api/types';
import i18n from '../i18n';
import { conditionCell, conditionOf, flagReason, ruleText, valueFormat, windowText } from './risk';

const t = (k: string, o?: Record<string, unknown>) => i18n.t(k, o);
const fmt = valueFormat(
  [
    { code: 'vpr-2', unit: 'percent', decimals: 1 },
    { code: 'vpr-5', unit: 'percent', decimals: 1 },
  ],
  'ru',
);

// Tula's VPR criterion: «2» in 20 % or more, or no «5», in 2 of the 3 preceding school years.
const rule: Rule = {
  code: 'vpr4',
  name: 'ВПР 4 класс',
  level: 'organization',
  combine: 'any',
  window: 3,
  minYears: 2,
  preceding: true,
  version: 1,
  conditions: [
    { indicator: 'vpr-2', indicatorName: 'Доля «2»', category: 'grade=4', comparator: 'ge', value: 20, text: '«Доля «2»» (4 класс) ≥ 20' },
    {
      indicator: 'vpr-5',
      indicatorName: 'Доля «5»',
      category: 'grade=4',
      missingOrZero: true,
      text: '«Доля «5»» (4 класс): нет значения или 0',
    },
  ],
};

const flag: Flag = {
  rule: 'vpr4',
  ruleName: 'ВПР 4 класс',
  municipality: 'tula',
  municipalityName: 'Тула',
  organization: 'co-3',
  organizationName: 'ЦО № 3',
  year: 2021,
  years: [2018, 2020],
  evidence: [
    {
      year: 2018,
      yearLabel: '2018/19',
      reported: true,
      matched: true,
      conditions: [
        { indicator: 'vpr-2', category: 'grade=4', value: 25.5, matched: true },
        { indicator: 'vpr-5', category: 'grade=4', value: 4, matched: false },
      ],
    },
    {
      year: 2019,
      yearLabel: '2019/20',
      reported: false,
      matched: false,
      conditions: [
        { indicator: 'vpr-2', category: 'grade=4' },
        { indicator: 'vpr-5', category: 'grade=4' },
      ],
    },
    {
      year: 2020,
      yearLabel: '2020/21',
      reported: true,
      matched: true,
      conditions: [
        { indicator: 'vpr-2', category: 'grade=4', value: 12, matched: false },
        { indicator: 'vpr-5', category: 'grade=4', matched: true },
      ],
    },
  ],
};

beforeAll(async () => {
  await i18n.changeLanguage('ru');
});

describe('a flag in words', () => {
  it('tells why the school is on the list: the years that held, with the values that held', () => {
    expect(flagReason(flag, rule, fmt, t)).toBe(
      'Признак в 2 из 3 лет (нужно не менее 2): ' +
        '2018/19 — «Доля «2»» (4 класс) ≥ 20: 25,5\u00a0%; ' +
        '2020/21 — «Доля «5»» (4 класс): нет значения. ' +
        'Нет данных за 2019/20.',
    );
  });

  it('shows each condition of a year with ✓ or ✗, and «нет данных» for a year not reported', () => {
    const [y2018, y2019, y2020] = flag.evidence;
    expect(conditionCell(y2018.conditions[0], y2018, fmt, t)).toBe('25,5\u00a0% ✓');
    expect(conditionCell(y2018.conditions[1], y2018, fmt, t)).toBe('4\u00a0% ✗');
    expect(conditionCell(y2019.conditions[0], y2019, fmt, t)).toBe('нет данных');
    expect(conditionCell(y2020.conditions[1], y2020, fmt, t)).toBe('нет значения ✓');
    expect(conditionCell(y2018.conditions[0], y2018, fmt, t, false)).toBe('25,5\u00a0%');
  });

  it('gives the municipal average beside the value when the condition compares with it', () => {
    const ev = { indicator: 'vpr-2', category: '', value: 30, average: 21.25, matched: true };
    expect(conditionCell(ev, { reported: true }, fmt, t)).toBe('30\u00a0% (среднее по МО 21,3\u00a0%) ✓');
  });

  it('falls back to the indicator and category when the rule is not known (a school coordinator)', () => {
    const text = flagReason(flag, undefined, fmt, t);
    expect(text).toContain('2018/19 — vpr-2 (grade=4): 25,5\u00a0%');
    expect(text.startsWith('Признак в 2 из 3 лет (нужно не менее 2)')).toBe(true);
  });

  it('finds the rule condition of an evidence entry by position, else by indicator and category', () => {
    expect(conditionOf(rule, { indicator: 'vpr-5', category: 'grade=4' }, 1)?.missingOrZero).toBe(true);
    expect(conditionOf(rule, { indicator: 'vpr-5', category: 'grade=4' }, 0)?.indicator).toBe('vpr-5');
    expect(conditionOf(rule, { indicator: 'other', category: '' }, 0)).toBeUndefined();
  });
});

describe('a rule in words', () => {
  it('names the window, with the preceding years or ending with the year', () => {
    expect(windowText(rule, 2021, t)).toBe('не менее чем в 2 из 3 лет, предшествующих 2021 году');
    expect(windowText({ window: 1, minYears: 1, preceding: true }, 2021, t)).toBe('не менее чем в 1 из 1 года, предшествующего 2021 году');
    expect(windowText({ window: 2, minYears: 2, preceding: false }, 2021, t)).toBe(
      'не менее чем в 2 из 2 последних лет по 2021 год включительно',
    );
    expect(windowText(rule, undefined, t)).toBe('не менее чем в 2 из 3 лет, предшествующих году оценки');
  });

  it('joins the conditions by «или» for any and «и» for all', () => {
    expect(ruleText(rule, 2021, t)).toBe(
      'Школа попадает в список, если «Доля «2»» (4 класс) ≥ 20 или «Доля «5»» (4 класс): нет значения или 0 — ' +
        'не менее чем в 2 из 3 лет, предшествующих 2021 году.',
    );
    expect(ruleText({ ...rule, combine: 'all' }, 2021, t)).toContain('≥ 20 и «Доля «5»»');
  });
});
