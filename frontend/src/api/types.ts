// Hand-written API types matching /api/v1 (see the project's CONTRACT.md).
// Once the root openapi.yaml exists, `npm run gen:api` writes src/api/schema.d.ts;
// these aliases can then be replaced by `components['schemas'][...]` one by one
// without touching the rest of the code (everything imports from this file).

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface ProblemFieldError {
  field: string;
  code?: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

export interface Me {
  username: string;
  name: string;
  roles: string[];
  admin: boolean;
  readsAll: boolean;
  writesAll: boolean;
  canApprove: boolean;
  /** Catalogue editing (admin); optional for servers that do not send it. */
  managesCatalogue?: boolean;
  readable: string[];
  writable: string[];
}

export interface Region {
  code: string;
  name: string;
}

export interface Municipality {
  code: string;
  name: string;
  region: string;
  regionName?: string;
  type?: string | null;
  oktmo?: string | null;
}

export interface Organization {
  code: string;
  name: string;
  type?: string | null;
  municipality: string;
}

export type Polarity = 'higher' | 'lower';
export type IndicatorLevel = 'municipality' | 'organization';
export type IndicatorStatus = 'active' | 'archived';

export interface Indicator {
  code: string;
  nameRu: string;
  nameEn?: string | null;
  area?: string | null;
  areaEn?: string | null;
  unit: string;
  decimals?: number | null;
  polarity?: Polarity | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
  level: IndicatorLevel;
  periodicity?: string | null;
  description?: string | null;
  formula?: string | null;
  source?: string | null;
  status: IndicatorStatus;
  version?: number;
}

export interface AreaCount {
  area: string;
  count: number;
}

export type Comparator = 'eq' | 'ge' | 'le' | 'between';
export type TargetKind = 'target' | 'baseline';

export interface Target {
  id: number | string;
  municipality: string;
  indicator: string;
  organization?: string | null;
  year: number;
  kind: TargetKind;
  comparator: Comparator;
  value: number;
  valueTo?: number | null;
  comment?: string | null;
  source?: string | null;
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface TargetWrite {
  municipality: string;
  indicator: string;
  organization?: string | null;
  year: number;
  kind: TargetKind;
  comparator: Comparator;
  value: number;
  valueTo?: number | null;
  comment?: string | null;
  source?: string | null;
}

export type Qualifier = 'exact' | 'approx' | 'at_least' | 'at_most';

export interface Value {
  id: number | string;
  municipality: string;
  indicator: string;
  organization?: string | null;
  year: number;
  period?: string | null;
  category?: string | null;
  value: number;
  qualifier?: Qualifier | null;
  numerator?: number | null;
  denominator?: number | null;
  comment?: string | null;
  source?: string | null;
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface ValueWrite {
  municipality: string;
  indicator: string;
  organization?: string | null;
  year: number;
  period?: string | null;
  category?: string | null;
  value: number;
  qualifier?: Qualifier | null;
  numerator?: number | null;
  denominator?: number | null;
  comment?: string | null;
  source?: string | null;
}

export type AttainmentStatus = 'met' | 'not_met' | 'no_data' | 'no_target';

export interface TargetBound {
  comparator: Comparator;
  value: number;
  valueTo?: number | null;
}

export interface Attainment {
  indicator: string;
  indicatorName: string;
  area?: string | null;
  unit: string;
  decimals?: number | null;
  polarity?: Polarity | null;
  municipality: string;
  organization?: string | null;
  year: number;
  fact: number | null;
  qualifier?: Qualifier | null;
  target: TargetBound | null;
  baseline: { year: number; value: number } | null;
  status: AttainmentStatus;
  deviation?: number | null;
  deviationPercent?: number | null;
  score?: number | null;
}

export interface StatusCounts {
  met: number;
  notMet: number;
  noData: number;
  noTarget: number;
}

export interface AttainmentSummary extends StatusCounts {
  byArea: (StatusCounts & { area: string })[];
}

export interface RankingItem {
  rank: number | null;
  municipality: string;
  municipalityName: string;
  fact: number | null;
  target: number | TargetBound | null;
  status: AttainmentStatus;
}

export interface SeriesPoint {
  year: number;
  fact: number | null;
  qualifier?: Qualifier | null;
  target: number | TargetBound | null;
  baseline: { year: number; value: number } | number | null;
  status: AttainmentStatus;
}

export type AuditChannel = 'ui' | 'api' | 'import';

export interface AuditEntry {
  id: number | string;
  occurredAt: string;
  actor: string;
  channel: AuditChannel;
  action: string;
  entityType: string;
  entityId: string | number;
  entityKey?: string | null;
  municipality?: string | null;
  oldValue?: Record<string, unknown> | null;
  newValue?: Record<string, unknown> | null;
  importJob?: string | number | null;
  comment?: string | null;
}

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'rejected';
export type ImportType = 'values' | 'targets';
export type ImportMode = 'atomic' | 'partial';

export interface ImportRowError {
  /** Line number in the file (header = 1). */
  row: number;
  column?: string | null;
  value?: string | null;
  message: string;
}

export interface ImportJob {
  id: string | number;
  status: ImportStatus;
  type: string;
  dryRun: boolean;
  mode: ImportMode;
  rowsTotal: number;
  rowsProcessed: number;
  rowsImported: number;
  rowsRejected: number;
  errors: ImportRowError[];
  createdAt: string;
  finishedAt?: string | null;
  fileName?: string | null;
  /** Why a job failed or was rejected as a whole (bad file, wrong columns...). */
  message?: string | null;
  errorsStored?: number;
}

export type PeriodState = 'open' | 'submitted' | 'approved' | 'returned';

export interface PeriodHistoryEntry {
  at: string;
  actor: string;
  action?: PeriodAction;
  from?: PeriodState | null;
  to: PeriodState;
  comment?: string | null;
}

/** A missing indicator: its code, or {indicator, name}. */
export type MissingIndicator = string | { indicator: string; name?: string | null };

export interface Completeness {
  missing: MissingIndicator[];
  warnings: { indicator: string; code?: string; message: string }[];
}

export interface Period {
  municipality: string;
  municipalityName?: string;
  year: number;
  state: PeriodState;
  version?: number;
  updatedAt?: string | null;
  updatedBy?: string | null;
  /** Transitions the caller may perform now (server's view); computed locally when absent. */
  actions?: PeriodAction[];
  history: PeriodHistoryEntry[];
  completeness?: Completeness | null;
}

/** An entry of the approval queue (GET /periods). */
export interface PeriodQueueItem {
  municipality: string;
  municipalityName?: string;
  year: number;
  state: PeriodState;
  updatedAt?: string | null;
  updatedBy?: string | null;
  missingCount?: number | null;
  warningCount?: number | null;
}

export type PeriodAction = 'submit' | 'approve' | 'return' | 'reopen';
