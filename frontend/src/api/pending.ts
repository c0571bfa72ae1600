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

// ---------------------------------------------------------------------------------------------
// Plans and activities (#14, /tmp/iss/14-design.md): hand-written until the lead regenerates
// schema.d.ts. The API omits null fields, so every optional field may be absent.
// ---------------------------------------------------------------------------------------------

export type PlanState = 'draft' | 'approved';
export type ActivityStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';
export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';
export type PlanNodeKind = 'goal' | 'project' | 'task';

/** Counts of the activities of a plan or of a node's subtree. */
export interface PlanProgress {
  total: number;
  planned: number;
  inProgress: number;
  done: number;
  cancelled: number;
  overdue: number;
}

export interface Plan {
  code: string;
  name: string;
  /** Absent for a regional plan. */
  municipality?: string | null;
  municipalityName?: string | null;
  yearFrom: number;
  yearTo: number;
  description?: string | null;
  state: PlanState;
  approvedBy?: string | null;
  approvedAt?: string | null;
  reopenedBy?: string | null;
  reopenedAt?: string | null;
  reopenReason?: string | null;
  version?: number;
  updatedAt?: string | null;
  progress?: PlanProgress;
}

export interface PlanWrite {
  name: string;
  municipality?: string | null;
  yearFrom?: number;
  yearTo?: number;
  description?: string;
}

export interface PlanNodeIndicatorYear {
  year: number;
  target?: number | null;
  value?: number | null;
  status?: string | null;
}

export interface PlanNodeIndicator {
  indicator: string;
  name?: string;
  unit?: string;
  years?: PlanNodeIndicatorYear[];
}

export interface PlanNode {
  code: string;
  kind: PlanNodeKind;
  title: string;
  parent?: string | null;
  position?: number | null;
  indicators?: PlanNodeIndicator[];
  progress?: PlanProgress;
  children?: PlanNode[];
  activities?: Activity[];
}

export interface PlanNodeWrite {
  kind: PlanNodeKind;
  title: string;
  parent?: string;
  indicators: string[];
  position?: number;
}

export interface PlanTree {
  plan: Plan;
  nodes?: PlanNode[];
  /** Activities attached to no node. */
  activities?: Activity[];
}

export interface ActivityWrite {
  title: string;
  node?: string;
  due: string;
  recurrence?: Recurrence;
  responsible?: string;
  responsibleUsers?: string[];
  result?: string;
  resultIndicator?: string;
  resultTarget?: number;
  status?: ActivityStatus;
  indicators: string[];
  organizations: string[];
  groups: string[];
}

export interface Activity extends Partial<Omit<ActivityWrite, 'title' | 'due'>> {
  code: string;
  plan: string;
  municipality?: string | null;
  title: string;
  due?: string | null;
  status: ActivityStatus;
  overdue: boolean;
  /** ISO dates of the deadline's span. */
  dueFrom?: string | null;
  dueTo?: string | null;
  dueLabel?: string | null;
  version?: number;
  updatedAt?: string | null;
  updatedBy?: string | null;
  evidenceCount?: number;
}

export interface ActivityHistoryEntry {
  at: string;
  by?: string | null;
  from?: ActivityStatus | null;
  to: ActivityStatus;
  comment?: string | null;
}

export interface Evidence {
  id: number | string;
  kind: 'file' | 'link' | 'note';
  name?: string | null;
  contentType?: string | null;
  size?: number | null;
  note?: string | null;
  link?: string | null;
  uploadedBy?: string | null;
  uploadedAt?: string | null;
}

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
  result?: { indicator?: string; target?: number | null; value?: number | null; met?: boolean | null } | null;
}
