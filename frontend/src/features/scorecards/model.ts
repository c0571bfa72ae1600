// «Рейтинг»: the server's ranks (ties share a rank) told as places, and the table as a CSV file.
// Totals, ranks and points are the server's; missing data stays missing, never 0 points.
import type { RatingItem, RatingPart, Scorecard } from '../../api/pending';
import { csvNumber, toCsv } from '../../lib/csv';

type T = (key: string, opts?: Record<string, unknown>) => string;

const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

export const unitKey = (i: Pick<RatingItem, 'municipality' | 'organization'>) => i.organization ?? `municipality:${i.municipality}`;
export const unitName = (i: Pick<RatingItem, 'municipality' | 'organization' | 'organizationName'>) =>
  i.organizationName ?? i.organization ?? i.municipality;

const rankOf = (i: RatingItem) => i.rank ?? Number.POSITIVE_INFINITY;

/** By rank, then by name within a shared rank; the schools without a rank (no item has data) last. */
export function sortedByRank(items: readonly RatingItem[]): RatingItem[] {
  return [...items].sort((a, b) => {
    const ra = rankOf(a);
    const rb = rankOf(b);
    return (ra === rb ? 0 : ra < rb ? -1 : 1) || collator.compare(unitName(a), unitName(b));
  });
}

export interface Place {
  /** «1», or «2–3» for two schools sharing rank 2. */
  label: string;
  /** How many schools share the rank (1: none). */
  shared: number;
}

/**
 * The place of each school: its rank, or the span of places a tie takes («2–3») when the ranks
 * skip over them (1, 2, 2, 4); with dense ranks (1, 2, 2, 3) a tie keeps its one number. A school
 * without a rank (none of its items has data) has no place.
 */
export function places(items: readonly RatingItem[]): Map<string, Place> {
  const count = new Map<number, number>();
  for (const i of items) if (i.rank !== undefined) count.set(i.rank, (count.get(i.rank) ?? 0) + 1);
  const ranks = [...count.keys()].sort((a, b) => a - b);
  const out = new Map<string, Place>();
  for (const i of items) {
    const rank = i.rank;
    if (rank === undefined) continue;
    const shared = count.get(rank) ?? 1;
    const next = ranks.find((r) => r > rank);
    const last = rank + shared - 1;
    const spans = shared > 1 && (next === undefined || next > last);
    out.set(unitKey(i), { label: spans ? `${rank}–${last}` : String(rank), shared });
  }
  return out;
}

/** The items of the scorecard in its order, and the parts' items the scorecard does not name (after them). */
export function itemCodes(scorecard: Scorecard | undefined, items: readonly RatingItem[]): string[] {
  const codes = (scorecard?.items ?? []).map((i) => i.code);
  for (const it of items) for (const p of it.parts ?? []) if (!codes.includes(p.item)) codes.push(p.item);
  return codes;
}

export const isMissing = (p: RatingPart | undefined) => p?.value === undefined || p.value === null;

/**
 * The rating table as CSV: place, code, name, total, items without data, then the points of each
 * item («нет данных» where the school gave no value: never a 0 that looks earned).
 */
export function ratingCsv(items: readonly RatingItem[], scorecard: Scorecard | undefined, t: T): string {
  const codes = itemCodes(scorecard, items);
  const place = places(items);
  const names = new Map(
    (scorecard?.items ?? []).map((i) => {
      const label = i.name || i.indicatorName;
      return [i.code, label ? `${i.code} ${label}` : i.code];
    }),
  );
  const head = [
    t('rating.place'),
    t('rating.code'),
    t('rating.school'),
    t('rating.score'),
    t('rating.missing'),
    ...codes.map((c) => t('rating.pointsOf', { item: names.get(c) ?? c })),
  ];
  const rows = sortedByRank(items).map((i) => {
    const parts = new Map((i.parts ?? []).map((p) => [p.item, p]));
    return [
      place.get(unitKey(i))?.label ?? '',
      i.organization ?? i.municipality,
      unitName(i),
      csvNumber(i.score),
      i.missing ?? 0,
      ...codes.map((c) => {
        const p = parts.get(c);
        if (!p) return '';
        return isMissing(p) || p.points === null || p.points === undefined ? t('rating.noData') : csvNumber(p.points);
      }),
    ];
  });
  return toCsv([head, ...rows]);
}
