import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Ratings, Scorecard, ScorecardWrite } from '../../api/pending';
import { ifMatchFor, isApiError, listAll, request, requestFull, versionFromEtag } from '../../lib/api';

export const scorecardKeys = {
  all: ['scorecards'] as const,
  ratings: (p: Record<string, unknown>) => ['ratings', p] as const,
};

export function useScorecards() {
  return useQuery({
    queryKey: scorecardKeys.all,
    queryFn: ({ signal }) => listAll<Scorecard>('/scorecards', {}, signal),
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
