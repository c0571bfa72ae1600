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

// --- Administration in the browser (#16, items 2 and 6): hand-written until the lead regenerates schema.d.ts.
/** GET /areas: the managed list of the catalogue's areas. */
export interface Area {
  code: string;
  nameRu: string;
  nameEn?: string | null;
  position: number;
  indicators: number;
  version: number;
}
export interface AreaInput {
  nameRu: string;
  nameEn?: string | null;
  position?: number | null;
}
export type RecordStatus = 'active' | 'archived';
/** Municipalities and organizations carry a status (archive) since #16. */
export type MunicipalityWithStatus = S['Municipality'] & { status?: RecordStatus };
export type OrganizationWithStatus = S['Organization'] & { status?: RecordStatus };
/** The indicator's area code in the managed list. */
export type IndicatorWithArea = S['Indicator'] & { areaCode?: string | null };
/** The person's full name stored with an audit event. */
export type AuditEntryWithName = S['AuditEvent'] & { actorName?: string | null };
export type UserRoleKind = 'admin' | 'ministry_analyst' | 'integration' | 'editor' | 'viewer' | 'school_editor' | 'school_viewer';
export interface UserRole {
  name: string;
  kind: UserRoleKind;
  municipality?: string | null;
  organization?: string | null;
}
/** GET /admin/users: a person of the realm and the Orientir roles they hold (read from Keycloak). */
export interface AdminUser {
  id: string;
  username: string;
  name?: string | null;
  email?: string | null;
  enabled: boolean;
  roles: UserRole[];
}
// The catalogue per user (#16): GET /indicators?scope=mine|all&municipality= and how widely each
// indicator is kept; replaced by the generated Indicator once the contract is regenerated.
export type CatalogueScope = 'mine' | 'all';
export interface IndicatorReach {
  /** Municipalities keeping values or targets of the indicator. */
  municipalityCount?: number;
  /** Kept by more than one municipality: common, comparable («общий»). */
  shared?: boolean;
  /** The latest year with a value. */
  latestYear?: number;
  /** The latest year in which more than one municipality has a value. */
  comparableYear?: number;
}
// POST /values/batch (#16): until the contract is regenerated.
export interface ValueBatchResult {
  dryRun: boolean;
  rows: number;
  changed?: number;
  unchanged?: number;
}
// --- issue 16 item 4 (dashboard): hand-written until the lead regenerates schema.d.ts ---
type PendingTarget = S['AttainmentTarget'];
type PendingStatus = NonNullable<S['AttainmentRow']['status']>;
type PendingState = 'open' | 'submitted' | 'approved' | 'returned';

/** GET /attainment/trends: one year of one indicator and category. */
export interface TrendPoint {
  year: number;
  yearLabel: string;
  fact?: number | null;
  qualifier?: S['AttainmentRow']['qualifier'];
  target?: PendingTarget | null;
  status: PendingStatus;
  /** Municipality trends of organization-level indicators: the schools against their targets. */
  schools?: S['AttainmentSchools'] | null;
  municipalAverage?: number | null;
  municipalAverageCount?: number | null;
}

export interface Trend {
  indicator: string;
  category: string;
  points: TrendPoint[];
}

export interface Trends {
  municipality: string;
  organization?: string | null;
  group?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  items: Trend[];
}

/** GET /attainment/years */
export interface DataYear {
  year: number;
  values: number;
  targets: number;
  state: PendingState;
}

export interface DataYears {
  municipality: string;
  organization?: string | null;
  years: DataYear[];
  suggested?: number | null;
  suggestedBecause?: 'last_open' | 'last_with_data' | null;
}

/** GET /municipalities/{code}/periods/{year}/completeness */
export interface PeriodCompletenessSummary {
  municipality: string;
  municipalityName: string;
  year: number;
  state: PendingState;
  indicators: number;
  withValues: number;
  percent?: number | null;
  missing: number;
  warnings: number;
  met: number;
  notMet: number;
  noData: number;
  noTarget: number;
}
