import type { Me } from '../api/types';

export function canRead(me: Me | undefined, municipality: string | undefined): boolean {
  if (!me || !municipality) return false;
  return !!me.admin || !!me.readsAll || (me.readable ?? []).includes(municipality) || (me.writable ?? []).includes(municipality);
}

export function canWrite(me: Me | undefined, municipality: string | undefined): boolean {
  if (!me || !municipality) return false;
  return !!me.admin || !!me.writesAll || (me.writable ?? []).includes(municipality);
}

/** Ranking of municipalities: ministry, admin, or anyone who reads all. */
export function canCompare(me: Me | undefined): boolean {
  if (!me) return false;
  return !!me.admin || !!me.readsAll || (me.roles ?? []).includes('ministry-analyst');
}

export function canApprove(me: Me | undefined): boolean {
  return !!me && (!!me.canApprove || !!me.admin);
}

export function canEditCatalogue(me: Me | undefined): boolean {
  return !!me && (!!me.admin || me.managesCatalogue === true);
}

/** Editors of a municipality submit its period; approvers approve, return and reopen. */
export function canSubmit(me: Me | undefined, municipality: string | undefined): boolean {
  return canWrite(me, municipality);
}

/** Uploading needs write access to at least one municipality. */
export function canUploadAny(me: Me | undefined): boolean {
  return !!me && (!!me.admin || !!me.writesAll || (me.writable ?? []).length > 0);
}

/**
 * The municipality a user lands on: the first readable one in the order the
 * server lists them (or, for those who read all, the first municipality known).
 */
export function defaultMunicipality(me: Me | undefined, known: string[] = []): string | undefined {
  if (!me) return undefined;
  const first = me.readable?.[0] ?? me.writable?.[0];
  if (first) return first;
  if (me.admin || me.readsAll) return known[0];
  return undefined;
}

export type MenuKey = 'dashboard' | 'entry' | 'targets' | 'upload' | 'compare' | 'catalogue' | 'approvals';

/** The menu entries a user may use; a municipality's pages need read access to it. */
export function visibleMenu(me: Me | undefined, municipality: string | undefined): MenuKey[] {
  if (!me) return [];
  const out: MenuKey[] = [];
  if (canRead(me, municipality)) {
    out.push('dashboard', 'entry', 'targets');
    if (canWrite(me, municipality)) out.push('upload');
  }
  if (canCompare(me)) out.push('compare');
  out.push('catalogue');
  if (canApprove(me)) out.push('approvals');
  return out;
}
