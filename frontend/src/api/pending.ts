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

// Plans and activities, recommendations and their effect (#14): generated from the contract.
export type PlanState = S['Plan']['state'];
export type ActivityStatus = S['Activity']['status'];
export type Recurrence = NonNullable<S['ActivityInput']['recurrence']>;
export type PlanNodeKind = S['PlanNodeInput']['kind'];
export type PlanProgress = S['PlanProgress'];
export type Plan = S['Plan'];
export type PlanWrite = S['PlanInput'];
export type PlanNodeIndicatorYear = S['PlanIndicatorYear'];
export type PlanNodeIndicator = S['PlanNodeIndicator'];
export type PlanNode = S['PlanTreeNode'];
export type PlanNodeWrite = S['PlanNodeInput'];
export type PlanTree = S['PlanTree'];
export type ActivityWrite = S['ActivityInput'];
export type Activity = S['Activity'];
export type ActivityHistoryEntry = S['ActivityHistoryEntry'];
export type Evidence = S['Evidence'];
export type RecommendationStatus = S['Recommendation']['status'];
export type RecommendationOutcome = NonNullable<S['RecommendationVerdictInput']['outcome']>;
export type Recommendation = S['Recommendation'];
export type RecommendationInput = S['RecommendationInput'];
export type RecommendationBatch = S['RecommendationBatch'];
export type EffectItem = S['EffectItem'];
export type Effect = S['Effect'] & { result?: S['ActivityResult'] | null };

// POST /values/batch (#16): until the contract is regenerated.
export interface ValueBatchResult {
  dryRun: boolean;
  rows: number;
  changed?: number;
  unchanged?: number;
}
