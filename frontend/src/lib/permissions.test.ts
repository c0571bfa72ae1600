import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import {
  canApprove,
  canCompare,
  canEditCatalogue,
  canRead,
  canSubmit,
  canUploadAny,
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
    expect(visibleMenu(kalugaEditor, 'kaluga')).toEqual(['dashboard', 'entry', 'targets', 'upload', 'catalogue']);
    expect(visibleMenu(tulaViewer, 'tula')).toEqual(['dashboard', 'entry', 'targets', 'catalogue']);
    expect(visibleMenu(ministry, 'kaluga')).toEqual(['dashboard', 'entry', 'targets', 'compare', 'catalogue', 'approvals']);
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
