import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MunicipalityWithStatus, OrganizationWithStatus, RecordStatus } from '../../api/pending';
import type { Region } from '../../api/types';
import { ifMatchFor, isApiError, list, request } from '../../lib/api';

export const MUNICIPALITY_TYPES = ['urban_okrug', 'municipal_district', 'municipal_okrug', 'city', 'other'] as const;
export const ORGANIZATION_TYPES = ['school', 'kindergarten', 'additional_education', 'college', 'other'] as const;

export interface TerritoryFilter {
  q?: string;
  status?: RecordStatus;
}

export function useMunicipalityList(f: TerritoryFilter) {
  return useQuery({
    queryKey: ['territory', 'municipalities', f],
    queryFn: ({ signal }) => list<MunicipalityWithStatus>('/municipalities', { q: f.q, status: f.status }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganizationList(code: string | undefined, f: TerritoryFilter) {
  return useQuery({
    queryKey: ['territory', 'organizations', code, f],
    queryFn: ({ signal }) =>
      list<OrganizationWithStatus>(`/municipalities/${encodeURIComponent(code!)}/organizations`, { q: f.q, status: f.status }, signal),
    enabled: !!code,
    placeholderData: keepPreviousData,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => list<Region>('/regions', {}, signal),
    staleTime: 5 * 60_000,
  });
}

/** True when something already answers at the path: PUT by code would update it, not create a new one. */
export async function exists(path: string): Promise<boolean> {
  try {
    await request(path);
    return true;
  } catch (e) {
    if (isApiError(e, 404)) return false;
    throw e;
  }
}

export interface MunicipalityWrite {
  name: string;
  region: string;
  type?: string | null;
  oktmo?: string | null;
  status?: RecordStatus;
}

export function municipalityPath(code: string): string {
  return `/municipalities/${encodeURIComponent(code)}`;
}

export function saveMunicipality(code: string, body: MunicipalityWrite, version?: number): Promise<MunicipalityWithStatus> {
  return request(municipalityPath(code), { method: 'PUT', body, ifMatch: version === undefined ? undefined : ifMatchFor(version) });
}

export interface OrganizationWrite {
  name: string;
  type?: string | null;
  status?: RecordStatus;
}

export function organizationPath(municipality: string, code: string): string {
  return `${municipalityPath(municipality)}/organizations/${encodeURIComponent(code)}`;
}

export function saveOrganization(
  municipality: string,
  code: string,
  body: OrganizationWrite,
  version?: number,
): Promise<OrganizationWithStatus> {
  return request(organizationPath(municipality, code), {
    method: 'PUT',
    body,
    ifMatch: version === undefined ? undefined : ifMatchFor(version),
  });
}
