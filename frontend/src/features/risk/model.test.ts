import { describe, expect, it } from 'vitest';
import type { Flag, Rule } from '../../api/types';
import { distinctUnits, flagsByRule, movement, registerOrganizations, suggestedRegisterCode } from './model';

const flag = (rule: string, organization: string, name: string, year = 2021): Flag => ({
  rule,
  ruleName: rule,
  municipality: 'tula',
  municipalityName: 'Тула',
  organization,
  organizationName: name,
  year,
  years: [],
  evidence: [],
});
const rule = (code: string): Rule => ({
  code,
  name: code,
  level: 'organization',
  combine: 'any',
  window: 3,
  minYears: 2,
  preceding: true,
  version: 1,
  conditions: [],
});

describe('movement in and out of the list', () => {
  const now = [flag('a', 'co-3', 'ЦО № 3'), flag('a', 'sch-10', 'СОШ № 10'), flag('b', 'co-3', 'ЦО № 3')];
  const before = [flag('a', 'sch-10', 'СОШ № 10', 2020), flag('a', 'sch-2', 'СОШ № 2', 2020)];

  it('names who entered, who left and who stayed compared with the previous year', () => {
    const m = movement(now, before);
    expect(m.entered.map((u) => u.key)).toEqual(['co-3']);
    expect(m.left.map((u) => u.key)).toEqual(['sch-2']);
    expect(m.stayed.map((u) => u.key)).toEqual(['sch-10']);
  });

  it('of one rule: a school flagged last year by another rule still entered this rule’s list', () => {
    const m = movement(
      now.filter((f) => f.rule === 'b'),
      [flag('a', 'co-3', 'ЦО № 3', 2020)].filter((f) => f.rule === 'b'),
    );
    expect(m.entered.map((u) => u.key)).toEqual(['co-3']);
    expect(m.left).toEqual([]);
  });

  it('a first year without a previous list: everybody entered, nobody left', () => {
    const m = movement(now, []);
    expect(m.entered.map((u) => u.name)).toEqual(['СОШ № 10', 'ЦО № 3']);
    expect(m.left).toEqual([]);
  });

  it('a school flagged by two rules counts once on the list', () => {
    expect(distinctUnits(now).map((u) => u.key)).toEqual(['sch-10', 'co-3']);
  });
});

describe('flags by rule', () => {
  it('keeps the order of the rules, gives rules without flags an empty list and sorts schools by name', () => {
    const by = flagsByRule(
      [rule('b'), rule('a'), rule('c')],
      [flag('a', 'x', 'СОШ № 10'), flag('a', 'y', 'СОШ № 2'), flag('b', 'x', 'СОШ № 10')],
    );
    expect([...by.keys()]).toEqual(['b', 'a', 'c']);
    expect(by.get('a')?.map((f) => f.organization)).toEqual(['y', 'x']);
    expect(by.get('c')).toEqual([]);
  });
});

describe('saving a list as a register', () => {
  it('takes the flagged schools once each, without municipality-level flags', () => {
    const muni: Flag = { ...flag('m', '', ''), organization: undefined, organizationName: undefined };
    expect(registerOrganizations([flag('a', 'sch-2', ''), flag('b', 'co-3', ''), flag('a', 'co-3', ''), muni])).toEqual(['co-3', 'sch-2']);
  });

  it('suggests a code the server accepts', () => {
    expect(suggestedRegisterCode('tula-vpr4', 2021)).toBe('risk-tula-vpr4-2021');
    expect(suggestedRegisterCode('ВПР 4', 2021)).toBe('risk-4-2021');
    expect(suggestedRegisterCode('x'.repeat(80), 2021)).toMatch(/^[a-z0-9][a-z0-9._:-]{0,63}$/);
  });
});
