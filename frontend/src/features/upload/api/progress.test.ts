import { describe, expect, it } from 'vitest';
import { isFinished, jobStaleTime, progressPercent } from './index';

describe('import progress', () => {
  it('computes the percentage, 100 when finished', () => {
    expect(progressPercent(undefined)).toBe(0);
    expect(progressPercent({ status: 'queued', rowsTotal: 0, rowsProcessed: 0 })).toBe(0);
    expect(progressPercent({ status: 'running', rowsTotal: 200, rowsProcessed: 50 })).toBe(25);
    expect(progressPercent({ status: 'running', rowsTotal: 10, rowsProcessed: 10 })).toBe(99);
    expect(progressPercent({ status: 'succeeded', rowsTotal: 10, rowsProcessed: 3 })).toBe(100);
  });
  it('knows finished states', () => {
    expect(isFinished('rejected')).toBe(true);
    expect(isFinished('running')).toBe(false);
  });

  it('never refetches a finished job (the upload’s answer is its final report), polls an unfinished one', () => {
    expect(jobStaleTime({ status: 'rejected' })).toBe(Infinity);
    expect(jobStaleTime({ status: 'succeeded' })).toBe(Infinity);
    expect(jobStaleTime({ status: 'queued' })).toBe(0);
    expect(jobStaleTime(undefined)).toBe(0);
  });
});
