import { describe, expect, it } from 'vitest';
import { renderTarget, STATUS_COLOR, statusColor, targetNumber } from './attainment';

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
