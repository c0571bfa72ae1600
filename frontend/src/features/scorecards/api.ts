import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Ratings, Scorecard, ScorecardWrite } from '../../api/pending';
import { ifMatchFor, isApiError, listAll, request, requestFull, versionFromEtag } from '../../lib/api';

export const scorecardKeys = {
  all: ['scorecards'] as const,
  of: (municipality: string) => ['scorecards', municipality] as const,
  ratings: (p: Record<string, unknown>) => ['ratings', p] as const,
};

/** The scorecards that apply to a municipality: the region's and its own (never another municipality's). */
export function useScorecards(municipality: string) {
  return useQuery({
    queryKey: scorecardKeys.of(municipality),
    queryFn: ({ signal }) => listAll<Scorecard>('/scorecards', { municipality }, signal),
    enabled: !!municipality,
  });
}

/** Every school's total, rank and breakdown for a municipality's year. */
export function useRatings(scorecard: string | undefined, municipality: string, year: number | undefined) {
  return useQuery({
    queryKey: scorecardKeys.ratings({ scorecard, municipality, year }),
    queryFn: ({ signal }): Promise<Ratings> =>
      listAll<Ratings['items'][number]>(`/scorecards/${encodeURIComponent(scorecard!)}/ratings`, { municipality, year }, signal),
    enabled: !!scorecard && !!year,
    placeholderData: keepPreviousData,
  });
}

export async function fetchScorecard(code: string): Promise<{ scorecard: Scorecard; version: string | undefined }> {
  const res = await requestFull<Scorecard>(`/scorecards/${encodeURIComponent(code)}`);
  return {
    scorecard: res.data,
    version: versionFromEtag(res.etag) ?? (res.data?.version === undefined ? undefined : String(res.data.version)),
  };
}

export async function putScorecard(code: string, body: ScorecardWrite, version: string | undefined): Promise<Scorecard> {
  const res = await requestFull<Scorecard>(`/scorecards/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body,
    ifMatch: version === undefined ? undefined : ifMatchFor(version),
  });
  return res.data;
}

export async function deleteScorecard(code: string, version: string | undefined): Promise<void> {
  await requestFull<void>(`/scorecards/${encodeURIComponent(code)}`, {
    method: 'DELETE',
    ifMatch: version === undefined ? undefined : ifMatchFor(version),
  });
}

export async function scorecardExists(code: string): Promise<boolean> {
  try {
    await request<Scorecard>(`/scorecards/${encodeURIComponent(code)}`);
    return true;
  } catch (e) {
    if (isApiError(e) && e.status !== 401 && e.status !== 403) return false;
    throw e;
  }
}
