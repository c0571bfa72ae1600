import { describe, expect, it } from 'vitest';
import { defaultDue, looksLikeDue, ruleIndicators } from './recommendations';

describe('recommendation deadlines', () => {
  it('offers May of the next year', () => {
    expect(defaultDue(2024)).toBe('2025-05');
  });
  it('accepts the canonical forms only', () => {
    for (const ok of ['2025', '2025-05', '2025-05-31', '2025-Q2', '2025-q4', ' 2025-12 ']) expect(looksLikeDue(ok)).toBe(true);
    for (const bad of ['2025-13', '2025-Q5', '31.05.2025', 'май 2025', '25', '2025-5', '']) expect(looksLikeDue(bad)).toBe(false);
  });
});

describe("a rule's indicators", () => {
  it("are its conditions' indicators, each once, in order", () => {
    expect(ruleIndicators({ conditions: [{ indicator: 'vpr2' }, { indicator: 'vpr5' }, { indicator: 'vpr2' }] })).toEqual(['vpr2', 'vpr5']);
    expect(ruleIndicators(undefined)).toEqual([]);
  });
});
