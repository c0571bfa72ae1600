import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LabelledValue, SchoolAttainment, SchoolRanking } from '../../../api/pending';
import { list, listAll, request } from '../../../lib/api';
import { qk } from '../../../lib/queries';

/** All the school's attainment rows of a year (GET /attainment?organization=). */
export function useSchoolAttainment(municipality: string, organization: string, year: number | undefined) {
  return useQuery({
    queryKey: qk.attainment({ municipality, organization, year }),
    queryFn: ({ signal }) => list<SchoolAttainment>('/attainment', { municipality, organization, year }, signal),
    enabled: !!year,
    placeholderData: keepPreviousData,
  });
}

/** One indicator's rows of a year: the municipality row carries «met by N of M schools». */
export function useIndicatorAttainment(municipality: string, indicator: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: qk.attainment({ municipality, indicator, year }),
    queryFn: ({ signal }) => list<SchoolAttainment>('/attainment', { municipality, indicator, year }, signal),
    enabled: !!indicator && !!year,
  });
}

/** Every value of the school over a span of years, in one request (all the sparklines). */
export function useSchoolValues(municipality: string, organization: string, yearFrom: number | undefined, yearTo: number | undefined) {
  return useQuery({
    queryKey: qk.values({ municipality, organization, yearFrom, yearTo }),
    queryFn: ({ signal }) => listAll<LabelledValue>('/values', { municipality, organization, yearFrom, yearTo }, signal),
    enabled: yearFrom !== undefined && yearTo !== undefined,
  });
}

export function useRanking(p: {
  municipality: string;
  indicator: string | undefined;
  year: number | undefined;
  group?: string;
  category?: string;
}) {
  return useQuery({
    queryKey: ['rankings', p],
    queryFn: ({ signal }) => request<SchoolRanking>('/rankings', { query: p, signal }),
    enabled: !!p.indicator && !!p.year,
    placeholderData: keepPreviousData,
  });
}
