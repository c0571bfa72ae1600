import { describe, expect, it } from 'vitest';
import { ApiError, buildUrl } from './api';

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
    const e = new ApiError(400, { title: 'Bad', detail: 'Значение вне диапазона', errors: [{ field: 'value', code: 'range', message: 'от 0 до 100' }] }, 'HTTP 400');
    expect(e.message).toBe('Значение вне диапазона');
    expect(e.fieldErrors()).toEqual({ value: 'от 0 до 100' });
    expect(new ApiError(500, undefined, 'HTTP 500').message).toBe('HTTP 500');
  });
});
