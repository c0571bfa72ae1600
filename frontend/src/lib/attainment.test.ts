import { describe, expect, it } from 'vitest';
import { evaluateStatus, renderTarget, STATUS_COLOR, statusColor, targetNumber } from './attainment';

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('renderTarget', () => {
  it('renders comparators as ≥ ≤ =', () => {
    expect(sp(renderTarget({ comparator: 'ge', value: 95 }, 'percent', 1))).toBe('≥ 95 %');
    expect(sp(renderTarget({ comparator: 'le', value: 5.5 }, 'percent', 1))).toBe('≤ 5,5 %');
    expect(sp(renderTarget({ comparator: 'eq', value: 1516 }, 'count', 0))).toBe('= 1 516');
  });
  it('renders a range with an en dash', () => {
    expect(sp(renderTarget({ comparator: 'between', value: 10, valueTo: 20 }, 'percent', 0))).toBe('10–20 %');
  });
  it('renders no target as a dash and a bare number as a value', () => {
    expect(renderTarget(null)).toBe('—');
    expect(renderTarget(undefined)).toBe('—');
    expect(sp(renderTarget(7.5, 'percent'))).toBe('7,5 %');
  });
  it('gives the plain number of a target', () => {
    expect(targetNumber({ comparator: 'ge', value: 3 })).toBe(3);
    expect(targetNumber(4)).toBe(4);
    expect(targetNumber(null)).toBeNull();
  });
});

describe('status colours', () => {
  it('met green, not met red, no data grey, no target blue', () => {
    expect(STATUS_COLOR).toEqual({ met: 'green', not_met: 'red', no_data: 'default', no_target: 'blue' });
    expect(statusColor('met')).toBe('green');
    expect(statusColor('not_met')).toBe('red');
    expect(statusColor('no_data')).toBe('default');
    expect(statusColor('no_target')).toBe('blue');
    expect(statusColor('weird')).toBe('default');
    expect(statusColor(undefined)).toBe('default');
  });
});

describe('evaluateStatus', () => {
  it('is direction-aware through the comparator', () => {
    expect(evaluateStatus(3, { comparator: 'le', value: 5 })).toBe('met');
    expect(evaluateStatus(6, { comparator: 'le', value: 5 })).toBe('not_met');
    expect(evaluateStatus(96, { comparator: 'ge', value: 95 })).toBe('met');
    expect(evaluateStatus(95, { comparator: 'ge', value: 95 })).toBe('met');
    expect(evaluateStatus(94.9, { comparator: 'ge', value: 95 })).toBe('not_met');
  });
  it('handles ranges and equality', () => {
    expect(evaluateStatus(15, { comparator: 'between', value: 10, valueTo: 20 })).toBe('met');
    expect(evaluateStatus(21, { comparator: 'between', value: 10, valueTo: 20 })).toBe('not_met');
    expect(evaluateStatus(100, { comparator: 'eq', value: 100 }, 0)).toBe('met');
    expect(evaluateStatus(100.4, { comparator: 'eq', value: 100 }, 0)).toBe('met');
    expect(evaluateStatus(101, { comparator: 'eq', value: 100 }, 0)).toBe('not_met');
  });
  it('reports missing target or fact', () => {
    expect(evaluateStatus(1, null)).toBe('no_target');
    expect(evaluateStatus(null, { comparator: 'ge', value: 1 })).toBe('no_data');
  });
});
