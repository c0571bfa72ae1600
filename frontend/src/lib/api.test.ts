import { describe, expect, it } from 'vitest';
import { ApiError, buildUrl, toPage } from './api';

describe('buildUrl', () => {
  it('joins base and path and drops empty parameters', () => {
    expect(buildUrl('http://h/api/v1/', '/values', { municipality: 'kaluga', year: 2020, organization: undefined, q: '' })).toBe(
      'http://h/api/v1/values?municipality=kaluga&year=2020',
    );
    expect(buildUrl('http://h/api/v1', 'me')).toBe('http://h/api/v1/me');
    expect(buildUrl('/api/v1', '/imports', { dryRun: true })).toBe('/api/v1/imports?dryRun=true');
  });
});

describe('ApiError', () => {
  it('shows the problem detail and indexes field errors', () => {
    const e = new ApiError(
      400,
      {
        type: 'about:blank',
        title: 'Bad',
        status: 400,
        detail: 'Значение вне диапазона',
        errors: [{ field: 'value', code: 'range', message: 'от 0 до 100' }],
      },
      'HTTP 400',
    );
    expect(e.message).toBe('Значение вне диапазона');
    expect(e.fieldErrors()).toEqual({ value: 'от 0 до 100' });
    expect(new ApiError(500, undefined, 'HTTP 500').message).toBe('HTTP 500');
  });
});

describe('toPage', () => {
  it('fills the parts of the list envelope the server omitted', () => {
    expect(toPage<number>({ items: [1, 2], page: 0, size: 1000, total: 2 })).toEqual({ items: [1, 2], page: 0, size: 1000, total: 2 });
    expect(toPage<number>({}, 0, 1000)).toEqual({ items: [], page: 0, size: 1000, total: 0 });
    expect(toPage<number>(undefined)).toEqual({ items: [], page: 0, size: 0, total: 0 });
  });
});
