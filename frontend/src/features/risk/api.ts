import type { Group, GroupWrite, Rule, RuleWrite } from '../../api/types';
import { ifMatchFor, isApiError, request, requestFull, versionFromEtag } from '../../lib/api';

/** The rule with the version its ETag names (for If-Match on a change). */
export async function fetchRule(code: string): Promise<{ rule: Rule; version: string | undefined }> {
  const res = await requestFull<Rule>(`/rules/${encodeURIComponent(code)}`);
  return { rule: res.data, version: versionFromEtag(res.etag) ?? (res.data?.version === undefined ? undefined : String(res.data.version)) };
}

/** PUT creates the rule or replaces it; an edit sends the version it was read at (a stale one: 412). */
export async function putRule(code: string, body: RuleWrite, version: string | undefined): Promise<Rule> {
  const res = await requestFull<Rule>(`/rules/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body,
    ifMatch: version === undefined ? undefined : ifMatchFor(version),
  });
  return res.data;
}

export async function deleteRule(rule: Pick<Rule, 'code' | 'version'>): Promise<void> {
  await requestFull<void>(`/rules/${encodeURIComponent(rule.code)}`, {
    method: 'DELETE',
    ifMatch: rule.version === undefined ? undefined : ifMatchFor(rule.version),
  });
}

/** Whether a rule with this code exists (a new rule never overwrites one unseen). */
export async function ruleExists(code: string): Promise<boolean> {
  try {
    await request<Rule>(`/rules/${encodeURIComponent(code)}`);
    return true;
  } catch (e) {
    if (isApiError(e) && e.status !== 401 && e.status !== 403) return false;
    throw e;
  }
}

const groupPath = (municipality: string, code: string) =>
  `/municipalities/${encodeURIComponent(municipality)}/groups/${encodeURIComponent(code)}`;

/** Whether the municipality has a register with this code. */
export async function registerExists(municipality: string, code: string): Promise<boolean> {
  try {
    await request<Group>(groupPath(municipality, code));
    return true;
  } catch (e) {
    if (isApiError(e) && e.status !== 401 && e.status !== 403) return false;
    throw e;
  }
}

/** A new register (PUT /municipalities/{m}/groups/{code}). */
export async function createRegister(municipality: string, code: string, body: GroupWrite): Promise<Group> {
  return (await requestFull<Group>(groupPath(municipality, code), { method: 'PUT', body })).data;
}
