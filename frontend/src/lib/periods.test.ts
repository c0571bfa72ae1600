import { describe, expect, it } from 'vitest';
import { allowedActions, commentRequired, isLocked } from './periods';

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
  it('a return needs a comment', () => {
    expect(commentRequired('return')).toBe(true);
    expect(commentRequired('approve')).toBe(false);
  });
});
