import { describe, expect, it, vi } from 'vitest';
import { dueQuery } from './api';

vi.mock('../../lib/auth', () => ({ getToken: async () => 'token' }));
vi.mock('../../lib/config', () => ({ config: () => ({ apiUrl: 'http://api/api/v1' }) }));

describe('the due board query', () => {
  it('sends the filters given and pages from 0', () => {
    expect(dueQuery({ municipality: 'tula', status: 'late', date: '2026-12-01', page: 2, size: 20 })).toBe(
      'municipality=tula&date=2026-12-01&status=late&page=2&size=20',
    );
  });
  it('leaves out what is not asked', () => {
    expect(dueQuery({})).toBe('page=0&size=50');
  });
});
