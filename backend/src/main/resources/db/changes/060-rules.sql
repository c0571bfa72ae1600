--liquibase formatted sql

--changeset orientir:060-rules
-- Risk rules (e.g. Tula's criteria of «школы с низкими результатами обучения»): conditions on
-- indicators over a window of years, kept as data. A rule of a municipality (municipality_id) is its
-- department's; one without is the region's (the ministry's).
CREATE TABLE risk_rule (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(64)  NOT NULL UNIQUE,
    name            VARCHAR(300) NOT NULL,
    description     TEXT,
    level           VARCHAR(16)  NOT NULL CHECK (level IN ('organization', 'municipality')),
    combine         VARCHAR(8)   NOT NULL DEFAULT 'any' CHECK (combine IN ('any', 'all')),
    window_years    INTEGER      NOT NULL CHECK (window_years BETWEEN 1 AND 20),
    min_years       INTEGER      NOT NULL CHECK (min_years BETWEEN 1 AND 20),
    preceding       BOOLEAN      NOT NULL DEFAULT false,
    municipality_id BIGINT REFERENCES municipality (id) ON DELETE CASCADE,
    version         INTEGER      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by      VARCHAR(200),
    CONSTRAINT risk_rule_years CHECK (min_years <= window_years)
);

-- An indicator a rule uses cannot be deleted (the delete is answered 409 naming the rules).
CREATE TABLE risk_rule_condition (
    rule_id         BIGINT         NOT NULL REFERENCES risk_rule (id) ON DELETE CASCADE,
    position        INTEGER        NOT NULL,
    indicator_id    BIGINT         NOT NULL REFERENCES indicator (id),
    category        VARCHAR(100)   NOT NULL DEFAULT '',
    comparator      VARCHAR(4) CHECK (comparator IN ('gt', 'ge', 'lt', 'le', 'eq')),
    threshold       NUMERIC(20, 6),
    missing_or_zero BOOLEAN        NOT NULL DEFAULT false,
    average         VARCHAR(8) CHECK (average IN ('above', 'below')),
    PRIMARY KEY (rule_id, position)
);
CREATE INDEX risk_rule_condition_indicator ON risk_rule_condition (indicator_id);
