--liquibase formatted sql

--changeset orientir:161-calendar
-- The collection calendar (issue 18): more periodicities, a structured deadline rule and the responsible level of an
-- indicator; reporting periods of a month, a quarter, a half year or a week beside the year ('' is the year).
ALTER TABLE indicator DROP CONSTRAINT indicator_periodicity_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_periodicity_check
    CHECK (periodicity IN ('calendar_year', 'school_year', 'quarter', 'month', 'week', 'half_year'));
ALTER TABLE indicator
    ADD COLUMN deadline_kind  VARCHAR(24) CHECK (deadline_kind IN ('after_end', 'day_of_next_month', 'fixed_date')),
    ADD COLUMN deadline_days  SMALLINT CHECK (deadline_days BETWEEN 0 AND 366),
    ADD COLUMN deadline_day   SMALLINT CHECK (deadline_day BETWEEN 1 AND 31),
    ADD COLUMN deadline_month SMALLINT CHECK (deadline_month BETWEEN 1 AND 12),
    ADD COLUMN responsible    VARCHAR(16) CHECK (responsible IN ('municipality', 'organization')),
    ADD CONSTRAINT indicator_deadline_complete CHECK (
        deadline_kind IS NULL
        OR deadline_kind = 'after_end' AND deadline_days IS NOT NULL
        OR deadline_kind = 'day_of_next_month' AND deadline_day IS NOT NULL
        OR deadline_kind = 'fixed_date' AND deadline_day IS NOT NULL AND deadline_month IS NOT NULL);
CREATE INDEX indicator_deadline_idx ON indicator (deadline_kind) WHERE deadline_kind IS NOT NULL;

ALTER TABLE reporting_period ADD COLUMN period VARCHAR(8) NOT NULL DEFAULT '';
ALTER TABLE reporting_period DROP CONSTRAINT reporting_period_natural_key;
ALTER TABLE reporting_period ADD CONSTRAINT reporting_period_natural_key UNIQUE (municipality_id, year, period);
