// Shapes of the school tier's new API fields, written by hand until schema.d.ts is regenerated
// (`npm run gen:api` after the backend's openapi.yaml has them). Then replace each type below by
// its alias in types.ts (components['schemas'][...]) and delete this file; tsc shows the uses.
import type { Attainment, AttainmentStatus, Polarity, Value } from './types';

/** GET /values items: `yearLabel` is "2019/20" for a school-year indicator, "2019" otherwise. */
export type LabelledValue = Value;

/** How many of a municipality's schools met an organization-level indicator's target. */
export interface SchoolCounts {
  met?: number;
  notMet?: number;
  noData?: number;
  total?: number;
}

/** GET /attainment items with the school tier's fields. */
export type SchoolAttainment = Attainment & {
  category?: string;
  categoryLabel?: string;
  yearLabel?: string;
  /** `every_organization`: the target is the municipality's `*` target for every school. */
  targetScope?: 'own' | 'every_organization';
  /** On school rows: the municipal average of the same indicator, year and category. */
  municipalAverage?: number;
  municipalAverageCount?: number;
  /** Only for callers who read every municipality. */
  regionalAverage?: number;
  /** fact − municipalAverage */
  difference?: number;
  /** On municipality rows of organization-level indicators. */
  schools?: SchoolCounts;
};

/** GET /rankings?municipality=&indicator=&year=&category=&group= */
export interface SchoolRanking {
  indicator?: string;
  indicatorName?: string;
  unit?: string;
  polarity?: Polarity;
  year?: number;
  yearLabel?: string;
  category?: string;
  municipalAverage?: number;
  total?: number;
  items?: SchoolRankingItem[];
}

export interface SchoolRankingItem {
  rank?: number;
  organization?: string;
  organizationName?: string;
  value?: number;
  difference?: number;
  status?: AttainmentStatus;
}

/** GET /municipalities/{code}/groups/{group}/progress?indicator=&category= */
export interface GroupProgress {
  group?: string;
  name?: string;
  yearFrom?: number;
  yearTo?: number;
  indicator?: string;
  indicatorName?: string;
  unit?: string;
  polarity?: Polarity;
  category?: string;
  years?: GroupProgressYear[];
}

export interface GroupProgressYear {
  year?: number;
  yearLabel?: string;
  groupAverage?: number;
  groupCount?: number;
  restAverage?: number;
  restCount?: number;
  municipalAverage?: number;
  gap?: number;
}

// Scorecards and ratings (the lead's backend, being written): the shapes of the contract
// (/work/shared/CONTRACT.md "Scorecards and ratings") until schema.d.ts has them.

/** How an item turns a value into points. */
export type ScorecardMethod = 'presence' | 'per_unit' | 'threshold' | 'bands' | 'above_average' | 'below_average';

/** One band of a `bands` item: a value in [from, to] gets these points; an open end is absent. */
export interface ScorecardBand {
  from?: number;
  to?: number;
  points: number;
}

export interface ScorecardItem {
  code: string;
  indicator: string;
  indicatorName?: string;
  category?: string;
  categoryLabel?: string;
  method: ScorecardMethod;
  /** The item's points (negative allowed); unused for bands. */
  points?: number;
  /** For threshold. */
  comparator?: 'gt' | 'ge' | 'lt' | 'le' | 'eq';
  value?: number;
  /** For bands. */
  bands?: ScorecardBand[];
  weight?: number;
  /** The item in words, when the server gives it. */
  text?: string;
}

/** GET /scorecards/{code} */
export interface Scorecard {
  code: string;
  name: string;
  description?: string;
  level: 'organization' | 'municipality';
  items: ScorecardItem[];
  version?: number;
  updatedAt?: string;
  updatedBy?: string;
}

/** PUT /scorecards/{code} */
export interface ScorecardWrite {
  code?: string;
  name: string;
  description?: string;
  level: 'organization' | 'municipality';
  items: Omit<ScorecardItem, 'indicatorName' | 'categoryLabel' | 'text'>[];
}

/** One item of a school's breakdown: value null (absent) = no data, and then no points either. */
export interface RatingPart {
  item: string;
  indicator: string;
  value?: number | null;
  points?: number | null;
  why?: string;
}

/** GET /scorecards/{code}/ratings?municipality=&year= items; ties share a rank. */
export interface RatingItem {
  municipality: string;
  organization?: string;
  organizationName?: string;
  score: number;
  rank: number;
  parts: RatingPart[];
  /** How many items had no data. */
  missing: number;
}

export interface Ratings {
  items: RatingItem[];
  total: number;
}
