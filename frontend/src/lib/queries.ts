// Queries shared by several features (territory, catalogue, periods, attainment series).
import { keepPreviousData, useQuery, useQueries } from '@tanstack/react-query';
import type { Dimension, Group, Indicator, Me, Municipality, Organization, Page, Period, Series, Value } from '../api/types';
import type { CatalogueScope, IndicatorReach } from '../api/pending';
import { list, listAll, request } from './api';

export const qk = {
  me: ['me'] as const,
  municipalities: ['municipalities'] as const,
  municipality: (code: string) => ['municipality', code] as const,
  organizations: (code: string) => ['organizations', code] as const,
  indicators: (params: Record<string, unknown> = {}) => ['indicators', params] as const,
  indicator: (code: string) => ['indicator', code] as const,
  period: (code: string, year: number) => ['period', code, year] as const,
  series: (p: Record<string, unknown>) => ['series', p] as const,
  values: (p: Record<string, unknown>) => ['values', p] as const,
  targets: (p: Record<string, unknown>) => ['targets', p] as const,
  attainment: (p: Record<string, unknown>) => ['attainment', p] as const,
  audit: (p: Record<string, unknown>) => ['audit', p] as const,
  yearsWithData: (code: string) => ['yearsWithData', code] as const,
  groups: (code: string) => ['groups', code] as const,
};

export function fetchMe(): Promise<Me> {
  return request<Me>('/me');
}

/**
 * Every municipality the caller may see, page after page of 1000: /me no longer lists them for those who read
 * all (readsAll), and a country has more than one page of them.
 */
export function useMunicipalities() {
  return useQuery({
    queryKey: qk.municipalities,
    queryFn: ({ signal }) => listAll<Municipality>('/municipalities', {}, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMunicipalityName(code: string | undefined): string | undefined {
  const q = useMunicipalities();
  return q.data?.items.find((m) => m.code === code)?.name ?? code;
}

export function useOrganizations(code: string | undefined) {
  return useQuery({
    queryKey: qk.organizations(code ?? ''),
    queryFn: ({ signal }) => list<Organization>(`/municipalities/${encodeURIComponent(code!)}/organizations`, {}, signal),
    enabled: !!code,
    staleTime: 5 * 60_000,
  });
}

/** A municipality's registers (groups of schools): the ranking's filter and the registers page. */
export function useGroups(code: string | undefined, enabled = true) {
  return useQuery({
    queryKey: qk.groups(code ?? ''),
    queryFn: ({ signal }) => list<Group>(`/municipalities/${encodeURIComponent(code!)}/groups`, {}, signal),
    enabled: !!code && enabled,
  });
}

/**
 * The catalogue. The API answers a caller bound to municipalities with its own catalogue unless
 * `scope: 'all'` is asked for; `municipality` asks for that municipality's catalogue.
 */
export function useIndicators(
  params: { area?: string; q?: string; status?: string; level?: string; scope?: CatalogueScope; municipality?: string } = {},
) {
  return useQuery({
    queryKey: qk.indicators(params),
    // every page: the catalogue may hold more than one page of indicators (the entry grid lists them all)
    queryFn: ({ signal }) => listAll<Indicator & IndicatorReach>('/indicators', params, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The catalogue's dimensions with their members (the categories of disaggregated indicators). */
export function useDimensions() {
  return useQuery({
    queryKey: ['dimensions'],
    queryFn: ({ signal }) => request<Dimension[]>('/dimensions', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useIndicator(code: string | undefined) {
  return useQuery({
    queryKey: qk.indicator(code ?? ''),
    queryFn: ({ signal }) => request<Indicator>(`/indicators/${encodeURIComponent(code!)}`, { signal }),
    enabled: !!code,
  });
}

export function usePeriod(code: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: qk.period(code ?? '', year ?? 0),
    queryFn: ({ signal }) => request<Period>(`/municipalities/${encodeURIComponent(code!)}/periods/${year}`, { signal }),
    enabled: !!code && !!year,
  });
}

export function fetchSeries(
  p: { indicator: string; municipality: string; organization?: string; yearFrom?: number; yearTo?: number },
  signal?: AbortSignal,
) {
  return request<Series>('/attainment/series', { query: p, signal });
}

export function useSeries(
  p: { indicator: string; municipality: string; organization?: string; yearFrom?: number; yearTo?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: qk.series(p),
    queryFn: ({ signal }) => fetchSeries(p, signal),
    enabled,
    staleTime: 60_000,
  });
}

export const YEAR_PROBE_SPAN = 14;

/**
 * Years in which a municipality (or one of its organizations) has values: one small probe per
 * year (`GET /values?municipality=&organization=&year=&size=1`, reading `total`), newest first.
 */
export function useYearsWithData(code: string | undefined, organization?: string, now = new Date().getFullYear()) {
  const years = Array.from({ length: YEAR_PROBE_SPAN }, (_, i) => now + 1 - i);
  const results = useQueries({
    queries: years.map((year) => ({
      queryKey: [...qk.yearsWithData(code ?? ''), organization ?? '', year],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        request<Page<Value>>('/values', { query: { municipality: code, organization, year, size: 1, page: 0 }, signal }),
      enabled: !!code,
      staleTime: 5 * 60_000,
    })),
  });
  const loading = results.some((r) => r.isLoading);
  const withData = years.filter((_, i) => (results[i].data?.total ?? 0) > 0);
  return { loading, years: withData, latest: withData[0] };
}

// --- issue 16 item 4: one request for the years and for a period's completeness ---
import type { DataYears, PeriodCompletenessSummary } from '../api/pending';

/**
 * The years with values or targets of a municipality (or organization), newest first, with the year a
 * page should open on (`suggested`: the latest year with values not yet approved, else the latest with
 * values): one request instead of a probe per year. Its key lies under `yearsWithData`, so that what
 * invalidates those probes after a save invalidates it too.
 */
export function useDataYears(code: string | undefined, organization?: string) {
  return useQuery({
    queryKey: [...qk.yearsWithData(code ?? ''), 'all', organization ?? ''],
    queryFn: ({ signal }) => request<DataYears>('/attainment/years', { query: { municipality: code, organization }, signal }),
    enabled: !!code,
    staleTime: 60_000,
  });
}

/**
 * A reporting year's completeness in figures (share of indicators with a value, warnings, plan against
 * fact) for the submit and approve dialogs. Under the period's key: a transition or a save refreshes it.
 */
export function usePeriodCompleteness(code: string | undefined, year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: [...qk.period(code ?? '', year ?? 0), 'completeness'],
    queryFn: ({ signal }) =>
      request<PeriodCompletenessSummary>(`/municipalities/${encodeURIComponent(code!)}/periods/${year}/completeness`, { signal }),
    enabled: !!code && !!year && enabled,
  });
}
