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

// Notifications (#18): hand-written until the contract is regenerated.
export type NotificationKind =
  | 'period_returned'
  | 'period_approved'
  | 'period_reopened'
  | 'activity_overdue'
  | 'indicator_not_met'
  | 'deadline_approaching'
  | 'deadline_passed';
export interface AppNotification {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string;
  municipality?: string;
  createdAt: string;
  read: boolean;
  readAt?: string;
}
export interface NotificationList {
  items: AppNotification[];
  page: number;
  size: number;
  total: number;
  unread: number;
}
export interface NotificationsRead {
  marked: number;
  unread: number;
}
export interface NotificationPreference {
  kind: NotificationKind;
  label?: string;
  inApp: boolean;
  email: boolean;
}
export interface NotificationPreferences {
  items: NotificationPreference[];
}
// --- Computed rows of GET /values (#13): hand-written until the lead regenerates schema.d.ts.
/**
 * A row of GET /values: a stored value, or (`computed: true`) a derived indicator's fact computed from its rule's
 * flags, read-only, with the rule's code and no id, version or updatedAt (optional in the contract for that reason).
 */
export type ListedValue = Omit<S['Value'], 'id' | 'version' | 'updatedAt'> &
  Partial<Pick<S['Value'], 'id' | 'version' | 'updatedAt'>> & {
    computed?: boolean;
    rule?: string | null;
  };
// --- Public portal (#19): hand-written until the lead regenerates schema.d.ts.
/** POST /municipalities/{code}/periods/{year}/publish|unpublish: areas and indicators (both empty: the whole year). */
export interface PublicationInput {
  areas?: string[];
  indicators?: string[];
}
export interface PublicationArea {
  area?: string;
  total: number;
  published: number;
}
export interface PublicationIndicator {
  indicator: string;
  indicatorName: string;
  area?: string;
  published: boolean;
}
/** GET /municipalities/{code}/periods/{year}/publication */
export interface Publication {
  municipality: string;
  municipalityName: string;
  year: number;
  periodState: PendingState;
  published: boolean;
  all: boolean;
  publishedAt?: string;
  publishedBy?: string;
  publishedCount: number;
  total: number;
  areas: PublicationArea[];
  indicators: PublicationIndicator[];
  canPublish: boolean;
  municipalitiesMayPublish: boolean;
  publicPath: string;
}
/** GET|PUT /regions/{code}/publication */
export interface RegionPublicationSetting {
  region: string;
  regionName: string;
  municipalitiesMayPublish: boolean;
  updatedAt?: string;
  updatedBy?: string;
}
/** GET /public/municipalities (items) */
export interface PublicMunicipality {
  code: string;
  name: string;
  region: string;
  regionName: string;
  years: number[];
}
export interface PublicYear {
  year: number;
  publishedAt: string;
  indicators: number;
}
/** GET /public/municipalities/{code} */
export interface PublicMunicipalityYears {
  code: string;
  name: string;
  region: string;
  regionName: string;
  years: PublicYear[];
}
export type PublicStatus = 'met' | 'not_met' | 'no_data' | 'no_target';
export interface PublicTarget {
  comparator: 'eq' | 'ge' | 'le' | 'between';
  value: number;
  valueTo?: number;
}
export interface PublicAttainmentRow {
  indicator: string;
  indicatorName: string;
  area?: string;
  unit: string;
  decimals: number;
  polarity: 'higher' | 'lower';
  category: string;
  categoryLabel: string;
  yearLabel: string;
  fact?: number;
  qualifier?: 'exact' | 'approx' | 'at_least' | 'at_most';
  target?: PublicTarget;
  status: PublicStatus;
  deviation?: number;
  deviationPercent?: number;
  score?: number;
  schools?: { met: number; notMet: number; noData: number; total: number };
}
/** GET /public/municipalities/{code}/attainment?year= */
export interface PublicAttainment {
  municipality: string;
  municipalityName: string;
  year: number;
  publishedAt: string;
  total: number;
  items: PublicAttainmentRow[];
}
export interface PublicAreaCounts {
  area?: string;
  met: number;
  notMet: number;
  noData: number;
  noTarget: number;
}
/** GET /public/municipalities/{code}/summary?year= */
export interface PublicSummary {
  municipality: string;
  year: number;
  met: number;
  notMet: number;
  noData: number;
  noTarget: number;
  byArea: PublicAreaCounts[];
}
export interface PublicTrendPoint {
  year: number;
  yearLabel: string;
  fact?: number;
  qualifier?: string;
  target?: PublicTarget;
  status: PublicStatus;
}
/** GET /public/municipalities/{code}/trends?year= */
export interface PublicTrends {
  municipality: string;
  year: number;
  years: number[];
  items: { indicator: string; category: string; points: PublicTrendPoint[] }[];
}
// --- The collection calendar (#18): hand-written until the lead regenerates schema.d.ts ---
export type Periodicity = 'calendar_year' | 'school_year' | 'quarter' | 'month' | 'week' | 'half_year';
export type ResponsibleLevel = 'municipality' | 'organization';
/** An indicator's deadline rule as stored (GET /indicators/{code} deadlineRule). */
export interface DeadlineRule {
  kind: 'after_end' | 'day_of_next_month' | 'fixed_date';
  days?: number | null;
  day?: number | null;
  month?: number | null;
}
/** The calendar fields of an indicator: deadline in its Russian form («до 20 числа следующего месяца»). */
export interface IndicatorSchedule {
  periodicity?: Periodicity;
  deadline?: string | null;
  deadlineRule?: DeadlineRule | null;
  responsible?: ResponsibleLevel;
}
/** A reporting period's month, quarter, half year or week ('' the year) and its label («март 2024»). */
export interface SubPeriod {
  period?: string;
  periodLabel?: string;
}
export type DueStatus = 'late' | 'due_soon' | 'done';
/** GET /due: one period of one indicator due from one municipality (or school). */
export interface DueItem {
  indicator: string;
  indicatorName: string;
  municipality: string;
  municipalityName: string;
  organization?: string | null;
  year: number;
  period: string;
  periodLabel: string;
  periodicity: Periodicity;
  deadline: string;
  deadlineRule?: string | null;
  status: DueStatus;
  daysOverdue?: number | null;
  daysLeft?: number | null;
  responsible: ResponsibleLevel;
  level: ResponsibleLevel;
  expected: number;
  reported: number;
  dueThisWeek: boolean;
}
export interface DueCounts {
  late: number;
  dueSoon: number;
  done: number;
  dueThisWeek: number;
}
export interface DueMunicipalityCounts {
  municipality: string;
  name: string;
  late: number;
  dueSoon: number;
  done: number;
  maxDaysOverdue: number;
}
export interface DueBoard {
  date: string;
  weekEnd: string;
  monthEnd: string;
  from: string;
  items: DueItem[];
  page: number;
  size: number;
  total: number;
  counts: DueCounts;
  municipalities?: DueMunicipalityCounts[] | null;
}
