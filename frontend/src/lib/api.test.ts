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

describe('listAll', () => {
  it('reads page after page until it has every item', async () => {
    const { listAll } = await import('./api');
    const calls: string[] = [];
    const total = 2300;
    const fetchMock = async (url: string) => {
      calls.push(url);
      const u = new URL(url);
      const page = Number(u.searchParams.get('page'));
      const n = Math.max(0, Math.min(1000, total - page * 1000));
      const items = Array.from({ length: n }, (_, i) => page * 1000 + i);
      return new Response(JSON.stringify({ items, page, size: 1000, total }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const original = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    try {
      const all = await listAll<number>('/values', { municipality: 'kaluga', year: 2020 });
      expect(all.items.length).toBe(2300);
      expect(all.items[2299]).toBe(2299);
      expect(calls.map((c) => new URL(c).searchParams.get('page'))).toEqual(['0', '1', '2']);
      expect(new URL(calls[0]).searchParams.get('municipality')).toBe('kaluga');
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe('listAll of a short list', () => {
  it('makes one request', async () => {
    const { listAll } = await import('./api');
    let n = 0;
    const original = globalThis.fetch;
    globalThis.fetch = (async () => {
      n++;
      return new Response(JSON.stringify({ items: [1, 2, 3], page: 0, size: 1000, total: 3 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof fetch;
    try {
      expect((await listAll<number>('/values', { municipality: 'kaluga' })).items).toEqual([1, 2, 3]);
      expect(n).toBe(1);
    } finally {
      globalThis.fetch = original;
    }
  });
});
