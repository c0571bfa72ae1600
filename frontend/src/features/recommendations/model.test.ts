import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { canDelete, canJudge, canRespond, filtersFrom, listQuery, statusColor, trendOf } from './model';

const base: Me = {
  username: 'x',
  name: 'X',
  roles: [],
  admin: false,
  readsAll: false,
  writesAll: false,
  canApprove: false,
  managesCatalogue: false,
  readable: [],
  writable: [],
  organizations: [],
};
const editor: Me = { ...base, readable: ['kaluga'], writable: ['kaluga'] };
const viewer: Me = { ...base, readable: ['kaluga'] };
const school: Me = { ...base, organizations: [{ municipality: 'kaluga', code: 'school-45', role: 'editor' }] };
const rec = (status: 'open' | 'answered' | 'closed', organization = 'school-45') => ({ municipality: 'kaluga', organization, status });

describe('recommendation filters', () => {
  it('sends only the filters that are set', () => {
    expect(listQuery('kaluga', {})).toEqual({ municipality: 'kaluga', page: 0, size: 50 });
    expect(listQuery('kaluga', { status: 'open', overdue: true, rule: 'shnor', group: 'reg' }, 2, 20)).toEqual({
      municipality: 'kaluga',
      page: 2,
      size: 20,
      status: 'open',
      overdue: true,
      rule: 'shnor',
      group: 'reg',
    });
    expect(listQuery('kaluga', { overdue: false })).not.toHaveProperty('overdue');
  });
  it('reads the filters from the address, ignoring unknown statuses', () => {
    expect(filtersFrom(new URLSearchParams('status=answered&overdue=true&rule=r1'))).toEqual({
      status: 'answered',
      overdue: true,
      rule: 'r1',
      group: undefined,
      organization: undefined,
    });
    expect(filtersFrom(new URLSearchParams('status=maybe&overdue=yes')).status).toBeUndefined();
    expect(filtersFrom(new URLSearchParams('overdue=yes')).overdue).toBeUndefined();
  });
});

describe('who may act on a recommendation', () => {
  it('a school editor answers its own school until closed, not another school', () => {
    expect(canRespond(school, rec('open'))).toBe(true);
    expect(canRespond(school, rec('answered'))).toBe(true);
    expect(canRespond(school, rec('closed'))).toBe(false);
    expect(canRespond(school, rec('open', 'school-1'))).toBe(false);
    expect(canRespond(viewer, rec('open'))).toBe(false);
    expect(canRespond(editor, rec('open', 'school-1'))).toBe(true);
  });
  it('only the department closes and deletes; delete only while open', () => {
    expect(canJudge(school, rec('answered'))).toBe(false);
    expect(canJudge(viewer, rec('answered'))).toBe(false);
    expect(canJudge(editor, rec('answered'))).toBe(true);
    expect(canJudge(editor, rec('closed'))).toBe(false);
    expect(canDelete(editor, rec('open'))).toBe(true);
    expect(canDelete(editor, rec('answered'))).toBe(false);
    expect(canDelete(school, rec('open'))).toBe(false);
  });
});

describe('status and effect in words', () => {
  it('overdue shows red whatever the status', () => {
    expect(statusColor({ status: 'open', overdue: true })).toBe('red');
    expect(statusColor({ status: 'open', overdue: false })).toBe('blue');
    expect(statusColor({ status: 'closed', overdue: false })).toBe('green');
  });
  it('a row is improved, worsened, unchanged or missing', () => {
    expect(trendOf({ change: 6, improved: true })).toBe('improved');
    expect(trendOf({ change: 2, improved: false })).toBe('worsened');
    expect(trendOf({ change: -3, improved: true })).toBe('improved');
    expect(trendOf({ change: 0, improved: false })).toBe('unchanged');
    expect(trendOf({ change: undefined, improved: undefined })).toBe('missing');
    expect(trendOf({})).toBe('missing');
  });
});
