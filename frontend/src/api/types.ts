// API types: aliases of the generated contract (src/api/schema.d.ts, from the root openapi.yaml
// by `npm run gen:api`; `npm run check:api` fails when it is stale). Nothing is hand-written here.
//
// The backend omits null fields from its JSON, and the contract marks almost no field as
// required, so every field is optional: treat an absent field as null.
import type { components } from './schema';

type S = components['schemas'];

/** The list envelope {items, page, size, total}; `list()` fills absent fields. */
export type Page<T> = Required<Omit<S['PageResultValueDto'], 'items'>> & { items: T[] };

export type Problem = S['Problem'];
export type ProblemFieldError = S['FieldError'];

export type Me = S['Me'];

export type Region = S['Region'];
export type Municipality = S['Municipality'];
export type Organization = S['Organization'];

export type Indicator = S['Indicator'];
export type IndicatorInput = S['IndicatorInput'];
export type IndicatorUnit = NonNullable<Indicator['unit']>;
export type Polarity = NonNullable<Indicator['polarity']>;
export type IndicatorLevel = NonNullable<Indicator['level']>;
export type IndicatorStatus = NonNullable<Indicator['status']>;
export type AreaCount = S['IndicatorArea'];

export type Target = S['Target'];
export type TargetWrite = S['TargetInput'];
export type Comparator = NonNullable<Target['comparator']>;
export type TargetKind = NonNullable<Target['kind']>;

export type Value = S['Value'];
export type ValueWrite = S['ValueInput'];
export type Qualifier = NonNullable<Value['qualifier']>;

export type Attainment = S['AttainmentRow'];
export type AttainmentStatus = NonNullable<Attainment['status']>;
/** The target of a year as attainment, series and ranking report it. */
export type TargetBound = S['AttainmentTarget'];
export type AttainmentBaseline = S['AttainmentBaseline'];
export type StatusCounts = S['AttainmentCounts'];
export type AttainmentSummary = S['AttainmentSummary'];
export type Ranking = S['AttainmentRanking'];
export type RankingItem = S['RankingItem'];
export type Series = S['AttainmentSeries'];
export type SeriesPoint = S['AttainmentSeriesPoint'];

export type AuditEntry = S['AuditEvent'];
export type AuditChannel = NonNullable<AuditEntry['channel']>;

export type ImportJob = S['ImportJob'];
export type ImportStatus = NonNullable<ImportJob['status']>;
export type ImportMode = NonNullable<ImportJob['mode']>;
export type ImportRowError = S['ImportError'];
/** The SPA uploads values and targets (the API accepts catalogue and territory files too). */
export type ImportType = 'values' | 'targets';

export type Period = S['ReportingPeriod'];
export type PeriodState = NonNullable<Period['state']>;
export type PeriodAction = NonNullable<S['PeriodHistoryEntry']['action']>;
export type PeriodHistoryEntry = S['PeriodHistoryEntry'];
export type Completeness = S['PeriodCompleteness'];
export type MissingIndicator = S['MissingIndicator'];
export type ValueWarning = S['ValueWarning'];
export type PeriodQueueItem = S['PeriodQueueItem'];

export type Group = S['Group'];
export type GroupWrite = S['GroupInput'];
export type MyOrganization = S['MyOrganization'];

export type Dimension = S['Dimension'];
export type DimensionMember = S['DimensionMember'];

export type Rule = S['Rule'];
export type RuleWrite = S['RuleInput'];
export type RuleCondition = S['RuleCondition'];
export type RuleConditionWrite = S['RuleConditionInput'];
export type RuleComparator = NonNullable<RuleCondition['comparator']>;
export type Flag = S['Flag'];
export type FlagYear = S['FlagYearEvidence'];
export type FlagCondition = S['FlagConditionEvidence'];
