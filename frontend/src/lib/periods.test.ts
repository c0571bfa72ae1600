import { describe, expect, it } from 'vitest';
import { allowedActions, commentRequired, isLocked, missingLabel, periodActions } from './periods';

describe('period workflow', () => {
  it('locks submitted and approved periods', () => {
    expect(isLocked('open')).toBe(false);
    expect(isLocked('returned')).toBe(false);
    expect(isLocked('submitted')).toBe(true);
    expect(isLocked('approved')).toBe(true);
  });
  it('offers the transitions a user may make', () => {
    expect(allowedActions('open', { submit: true, approve: false })).toEqual(['submit']);
    expect(allowedActions('returned', { submit: true, approve: false })).toEqual(['submit']);
    expect(allowedActions('submitted', { submit: true, approve: false })).toEqual([]);
    expect(allowedActions('submitted', { submit: false, approve: true })).toEqual(['approve', 'return']);
    expect(allowedActions('approved', { submit: false, approve: true })).toEqual(['reopen']);
    expect(allowedActions('open', { submit: false, approve: false })).toEqual([]);
  });
  it('a return or reopen needs a comment', () => {
    expect(commentRequired('return')).toBe(true);
    expect(commentRequired('reopen')).toBe(true);
    expect(commentRequired('approve')).toBe(false);
    expect(commentRequired('submit')).toBe(false);
  });
  it('prefers the actions the server lists', () => {
    expect(periodActions({ state: 'open', actions: [] }, { submit: true, approve: false })).toEqual([]);
    expect(periodActions({ state: 'submitted', actions: ['approve', 'return'] }, { submit: false, approve: false })).toEqual([
      'approve',
      'return',
    ]);
    expect(periodActions({ state: 'open' }, { submit: true, approve: false })).toEqual(['submit']);
  });
  it('labels missing indicators with or without a name', () => {
    expect(missingLabel({ indicator: '1.2' })).toBe('1.2');
    expect(missingLabel({ indicator: '1.2', name: 'Охват' })).toBe('1.2 — Охват');
  });
});
