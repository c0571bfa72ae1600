// The school tier's shapes, now generated: aliases kept so that the features' imports stay short.
import type { components } from './schema';

type S = components['schemas'];

export type LabelledValue = S['Value'];
export type SchoolCounts = S['AttainmentSchools'];
export type SchoolAttainment = S['AttainmentRow'];
export type SchoolRanking = S['SchoolRanking'];
export type SchoolRankingItem = S['SchoolRankingItem'];
export type GroupProgress = S['GroupProgress'];
export type GroupProgressYear = S['GroupProgressYear'];
