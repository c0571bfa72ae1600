import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicAttainment, PublicMunicipality, PublicMunicipalityYears, PublicSummary, PublicTrends } from '../../api/pending';
import type { Page } from '../../api/types';
import { list, request } from '../../lib/api';

// The public API: no token is ever sent from these pages (the public application starts without Keycloak).
const m = (code: string) => `/public/municipalities/${encodeURIComponent(code)}`;

export function usePublicMunicipalities() {
  return useQuery({
    queryKey: ['public', 'municipalities'],
    queryFn: ({ signal }) => list<PublicMunicipality>('/public/municipalities', {}, signal) as Promise<Page<PublicMunicipality>>,
  });
}

export function usePublicMunicipality(code: string) {
  return useQuery({
    queryKey: ['public', 'municipality', code],
    queryFn: ({ signal }) => request<PublicMunicipalityYears>(m(code), { signal }),
    enabled: !!code,
  });
}

export function usePublicAttainment(code: string, year: number | undefined) {
  return useQuery({
    queryKey: ['public', 'attainment', code, year],
    queryFn: ({ signal }) => request<PublicAttainment>(`${m(code)}/attainment`, { query: { year }, signal }),
    enabled: !!code && !!year,
    placeholderData: keepPreviousData,
  });
}

export function usePublicSummary(code: string, year: number | undefined) {
  return useQuery({
    queryKey: ['public', 'summary', code, year],
    queryFn: ({ signal }) => request<PublicSummary>(`${m(code)}/summary`, { query: { year }, signal }),
    enabled: !!code && !!year,
  });
}

export function usePublicTrends(code: string, year: number | undefined) {
  return useQuery({
    queryKey: ['public', 'trends', code, year],
    queryFn: ({ signal }) => request<PublicTrends>(`${m(code)}/trends`, { query: { year }, signal }),
    enabled: !!code && !!year,
  });
}
