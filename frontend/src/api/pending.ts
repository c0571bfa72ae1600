// The school tier's and the analysis' shapes, now generated: aliases kept so that the features'
// imports stay short.
import type { components } from './schema';

type S = components['schemas'];

export type LabelledValue = S['Value'];
export type SchoolCounts = S['AttainmentSchools'];
export type SchoolAttainment = S['AttainmentRow'];
export type SchoolRanking = S['SchoolRanking'];
export type SchoolRankingItem = S['SchoolRankingItem'];
export type GroupProgress = S['GroupProgress'];
export type GroupProgressYear = S['GroupProgressYear'];

export type ScorecardMethod = NonNullable<S['ScorecardItem']['method']>;
export type ScorecardBand = S['ScoreBand'];
export type ScorecardItem = S['ScorecardItem'];
export type Scorecard = S['Scorecard'];
export type ScorecardWrite = S['ScorecardInput'];
export type RatingPart = S['RatingPart'];
export type RatingItem = S['Rating'];
export type Ratings = S['PageResultRatingDto'];

// ---- Recommendations (#14, targeted recommendations and their effect): hand-written until the
// contract is regenerated; the lead replaces them by S['Recommendation'] etc.
export type RecommendationStatus = 'open' | 'answered' | 'closed';
export type RecommendationOutcome = 'effective' | 'partly' | 'not_effective';

export interface Recommendation {
  id: number;
  batch: string;
  municipality: string;
  organization: string;
  organizationName: string;
  title: string;
  text: string;
  reason?: string | null;
  due: string;
  dueLabel: string;
  dueTo: string;
  overdue: boolean;
  status: RecommendationStatus;
  rule?: string | null;
  year: number;
  group?: string | null;
  indicators: string[];
  createdBy: string;
  createdAt: string;
  response?: { text: string; at: string; by: string } | null;
  verdict?: { outcome: RecommendationOutcome; text?: string | null; at: string; by: string } | null;
  version: number;
}

export interface RecommendationInput {
  municipality: string;
  title: string;
  text: string;
  due: string;
  indicators?: string[];
  organizations?: string[];
  group?: string;
  fromFlags?: { rule: string; year: number };
}

export interface RecommendationBatch {
  batch: string;
  items: Recommendation[];
}

export interface EffectItem {
  indicator: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
  municipality: string;
  organization?: string | null;
  organizationName?: string | null;
  category?: string | null;
  categoryLabel?: string | null;
  before?: number | null;
  after?: number | null;
  change?: number | null;
  improved?: boolean | null;
}

export interface Effect {
  year: number;
  before: number;
  after: number;
  items: EffectItem[];
  summary: { improved: number; worsened: number; unchanged: number; missing: number };
}
