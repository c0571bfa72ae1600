import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import {
  canApprove,
  canReadOrg,
  canWriteOrg,
  schoolLanding,
  canCompare,
  canEditCatalogue,
  canRead,
  canSubmit,
  canUploadAny,
  canKeepRule,
  canWrite,
  defaultMunicipality,
  visibleMenu,
} from './permissions';

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
};
const kalugaEditor: Me = {
  ...base,
  username: 'kaluga-editor',
  roles: ['municipality:kaluga:editor'],
  readable: ['kaluga'],
  writable: ['kaluga'],
};
const tulaViewer: Me = { ...base, username: 'tula-viewer', roles: ['municipality:tula:viewer'], readable: ['tula'] };
const ministry: Me = {
  ...base,
  username: 'ministry',
  roles: ['ministry-analyst'],
  readsAll: true,
  canApprove: true,
  readable: ['kaluga', 'kemerovo', 'derbent', 'tula'],
};
const admin: Me = { ...base, username: 'admin', roles: ['admin'], admin: true, readsAll: true, writesAll: true, canApprove: true };

describe('municipality scope', () => {
  it('an editor reads and writes only its municipality', () => {
    expect(canRead(kalugaEditor, 'kaluga')).toBe(true);
    expect(canWrite(kalugaEditor, 'kaluga')).toBe(true);
    expect(canRead(kalugaEditor, 'tula')).toBe(false);
    expect(canWrite(kalugaEditor, 'tula')).toBe(false);
  });
  it('a viewer reads but does not write', () => {
    expect(canRead(tulaViewer, 'tula')).toBe(true);
    expect(canWrite(tulaViewer, 'tula')).toBe(false);
    expect(canSubmit(tulaViewer, 'tula')).toBe(false);
  });
  it('ministry reads all, writes none, approves', () => {
    expect(canRead(ministry, 'derbent')).toBe(true);
    expect(canRead({ ...ministry, readable: [] }, 'anything')).toBe(true);
    expect(canWrite(ministry, 'kaluga')).toBe(false);
    expect(canApprove(ministry)).toBe(true);
    expect(canCompare(ministry)).toBe(true);
  });
  it('admin can do everything', () => {
    expect(canWrite(admin, 'tula')).toBe(true);
    expect(canEditCatalogue(admin)).toBe(true);
    expect(canEditCatalogue(ministry)).toBe(false);
    expect(canEditCatalogue({ ...base, managesCatalogue: true })).toBe(true);
  });
  it('no user or no code means no access', () => {
    expect(canRead(undefined, 'kaluga')).toBe(false);
    expect(canRead(kalugaEditor, undefined)).toBe(false);
  });
});

describe('menu and landing', () => {
  it('hides what a user cannot use', () => {
    expect(visibleMenu(kalugaEditor, 'kaluga')).toEqual([
      'dashboard',
      'entry',
      'targets',
      'upload',
      'schools',
      'groups',
      'risk',
      'rating',
      'recommendations',
      'report',
      'history',
      'catalogue',
      'territory',
    ]);
    // a viewer reads but is not offered entry, upload, the territory's forms or the users
    expect(visibleMenu(tulaViewer, 'tula')).toEqual([
      'dashboard',
      'targets',
      'schools',
      'groups',
      'risk',
      'rating',
      'recommendations',
      'report',
      'history',
      'catalogue',
    ]);
    expect(visibleMenu(ministry, 'kaluga')).toEqual([
      'dashboard',
      'targets',
      'schools',
      'groups',
      'risk',
      'rating',
      'recommendations',
      'report',
      'history',
      'compare',
      'catalogue',
      'approvals',
    ]);
    expect(visibleMenu(admin, 'kaluga')).toEqual(expect.arrayContaining(['entry', 'upload', 'territory', 'approvals', 'users']));
    expect(visibleMenu(kalugaEditor, 'tula')).toEqual(['catalogue']);
  });
  it('lands on the first readable municipality', () => {
    expect(defaultMunicipality(kalugaEditor)).toBe('kaluga');
    expect(defaultMunicipality(admin, ['derbent', 'kaluga'])).toBe('derbent');
    expect(defaultMunicipality(base)).toBeUndefined();
  });
  it('upload needs write access somewhere', () => {
    expect(canUploadAny(kalugaEditor)).toBe(true);
    expect(canUploadAny(ministry)).toBe(false);
  });
});

const schoolEditor: Me = {
  ...base,
  username: 'kaluga-school-editor',
  roles: ['organization:kaluga:school-45:editor'],
  organizations: [{ municipality: 'kaluga', code: 'school-45', role: 'editor' }],
};
const schoolViewer: Me = { ...schoolEditor, organizations: [{ municipality: 'kaluga', code: 'school-45', role: 'viewer' }] };

describe('school coordinators', () => {
  it('read and write only their own school', () => {
    expect(canReadOrg(schoolEditor, 'kaluga', 'school-45')).toBe(true);
    expect(canWriteOrg(schoolEditor, 'kaluga', 'school-45')).toBe(true);
    expect(canReadOrg(schoolEditor, 'kaluga', 'school-5')).toBe(false);
    expect(canWriteOrg(schoolEditor, 'kaluga', 'school-5')).toBe(false);
    expect(canReadOrg(schoolEditor, 'tula', 'school-45')).toBe(false);
    expect(canRead(schoolEditor, 'kaluga')).toBe(false);
  });
  it('a school viewer reads but does not write', () => {
    expect(canReadOrg(schoolViewer, 'kaluga', 'school-45')).toBe(true);
    expect(canWriteOrg(schoolViewer, 'kaluga', 'school-45')).toBe(false);
  });
  it("the municipality's editors write every school of it", () => {
    expect(canWriteOrg(kalugaEditor, 'kaluga', 'school-5')).toBe(true);
    expect(canWriteOrg(tulaViewer, 'tula', 'co-3')).toBe(false);
    expect(canReadOrg(tulaViewer, 'tula', 'co-3')).toBe(true);
  });
  it('land on their school and see its menu', () => {
    expect(schoolLanding(schoolEditor)).toBe('/municipalities/kaluga/schools/school-45');
    expect(visibleMenu(schoolEditor, undefined)).toEqual(['school', 'schoolEntry', 'schoolRecommendations', 'catalogue']);
    // a school's viewer is not offered its entry
    expect(visibleMenu(schoolViewer, undefined)).toEqual(['school', 'schoolRecommendations', 'catalogue']);
  });
  it('anyone with a municipality role lands on the municipality', () => {
    expect(schoolLanding({ ...schoolEditor, readable: ['kaluga'] })).toBeUndefined();
    expect(schoolLanding(kalugaEditor)).toBeUndefined();
    expect(schoolLanding(admin)).toBeUndefined();
  });
});

describe('keepers of risk rules', () => {
  it('a municipality’s rule: its editors; the region’s: the ministry and the admin', () => {
    expect(canKeepRule(kalugaEditor, 'kaluga')).toBe(true);
    expect(canKeepRule(kalugaEditor, 'tula')).toBe(false);
    expect(canKeepRule(kalugaEditor, undefined)).toBe(false);
    expect(canKeepRule(tulaViewer, 'tula')).toBe(false);
    expect(canKeepRule(ministry, undefined)).toBe(true);
    expect(canKeepRule(ministry, 'kaluga')).toBe(false);
    expect(canKeepRule(admin, undefined)).toBe(true);
    expect(canKeepRule(admin, 'kaluga')).toBe(true);
  });
});
