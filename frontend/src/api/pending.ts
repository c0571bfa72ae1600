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
