import type { Me, MyOrganization } from '../api/types';

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

export type MenuKey =
  | 'dashboard'
  | 'entry'
  | 'targets'
  | 'upload'
  | 'schools'
  | 'groups'
  | 'risk'
  | 'rating'
  | 'school'
  | 'schoolEntry'
  | 'compare'
  | 'catalogue'
  | 'approvals'
  | 'plans'
  | 'activities'
  | 'due'
  | 'regionPlans'
  | 'recommendations'
  | 'schoolRecommendations'
  | 'report'
  | 'history'
  | 'territory'
  | 'users';

/** The people and roles page (read from Keycloak): the administrator only. */
export function canSeeUsers(me: Me | undefined): boolean {
  return !!me?.admin;
}

/**
 * The menu entries a user may use, each checked against /me (#16: a viewer is not offered «Ввод данных»,
 * a school's viewer not its entry): a municipality's pages need read access to it, entry and upload write access.
 */
export function visibleMenu(me: Me | undefined, municipality: string | undefined): MenuKey[] {
  if (!me) return [];
  const out: MenuKey[] = [];
  const writes = canWrite(me, municipality);
  if (canRead(me, municipality)) {
    out.push('dashboard');
    if (writes) out.push('entry');
    out.push('targets');
    if (writes) out.push('upload');
    out.push('schools', 'groups', 'risk', 'rating');
    out.push('recommendations', 'report', 'history');
  } else if (firstSchool(me)) {
    out.push('school');
    if (firstSchool(me)?.role === 'editor') out.push('schoolEntry');
    out.push('schoolRecommendations');
  }
  if (canCompare(me)) out.push('compare');
  out.push('catalogue');
  if (canEditCatalogue(me) || writes) out.push('territory');
  if (canApprove(me)) out.push('approvals');
  if (canSeeUsers(me)) out.push('users');
  return out;
}

/** The organizations of the caller's school roles (`organization:<m>:<org>:editor|viewer`), optionally of one municipality. */
export function myOrganizations(me: Me | undefined, municipality?: string): MyOrganization[] {
  return (me?.organizations ?? []).filter((o) => !!o.code && !!o.municipality && (!municipality || o.municipality === municipality));
}

/** A school's data: its municipality's readers and the school's own coordinators. */
export function canReadOrg(me: Me | undefined, municipality: string | undefined, org: string | undefined): boolean {
  if (!me || !municipality || !org) return false;
  return canRead(me, municipality) || myOrganizations(me, municipality).some((o) => o.code === org);
}

/** Writing a school's values: its municipality's editors and the school's own editors. */
export function canWriteOrg(me: Me | undefined, municipality: string | undefined, org: string | undefined): boolean {
  if (!me || !municipality || !org) return false;
  return canWrite(me, municipality) || myOrganizations(me, municipality).some((o) => o.code === org && o.role === 'editor');
}

/** The first school of a coordinator, when the caller has school roles. */
export function firstSchool(me: Me | undefined): MyOrganization | undefined {
  return myOrganizations(me)[0];
}

/** A school coordinator without any municipality role lands on their school's page. */
export function schoolLanding(me: Me | undefined): string | undefined {
  if (!me || me.admin || me.readsAll || (me.readable ?? []).length > 0 || (me.writable ?? []).length > 0) return undefined;
  const s = firstSchool(me);
  return s ? `/municipalities/${encodeURIComponent(s.municipality)}/schools/${encodeURIComponent(s.code)}` : undefined;
}

/**
 * Who keeps a risk rule: a municipality's rule its editors, the region's (no municipality) the
 * ministry and the admin. The server decides (403 with its reason); this only hides the buttons.
 */
export function canKeepRule(me: Me | undefined, municipality: string | undefined | null): boolean {
  if (!me) return false;
  if (municipality) return canWrite(me, municipality);
  return !!me.admin || !!me.managesCatalogue || !!me.canApprove;
}

/**
 * The plans' menu entries (#14): a municipality's plans and activities for its readers, the
 * region's plans for the ministry (those who compare municipalities). The server decides access.
 */
export function planMenu(me: Me | undefined, municipality: string | undefined): MenuKey[] {
  const out: MenuKey[] = [];
  if (canRead(me, municipality)) out.push('plans', 'activities');
  if (canCompare(me)) out.push('regionPlans');
  return out;
}

/** The collection calendar's entry («Сроки», #18): whoever reads the municipality. */
export function calendarMenu(me: Me | undefined, municipality: string | undefined): MenuKey[] {
  return canRead(me, municipality) ? ['due'] : [];
}
