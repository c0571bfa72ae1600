--liquibase formatted sql

--changeset orientir:061-scorecards
-- Scorecards (e.g. Tula's rubric of a school head's efficiency): items that give points from one
-- indicator each; ratings are computed from the current values, nothing is stored.
CREATE TABLE scorecard (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(64)  NOT NULL UNIQUE,
    name            VARCHAR(300) NOT NULL,
    description     TEXT,
    level           VARCHAR(16)  NOT NULL CHECK (level IN ('organization', 'municipality')),
    municipality_id BIGINT REFERENCES municipality (id) ON DELETE CASCADE,
    area_weights    JSONB,
    version         INTEGER      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by      VARCHAR(200)
);

-- An indicator a scorecard uses cannot be deleted.
CREATE TABLE scorecard_item (
    scorecard_id BIGINT         NOT NULL REFERENCES scorecard (id) ON DELETE CASCADE,
    position     INTEGER        NOT NULL,
    code         VARCHAR(64)    NOT NULL,
    name         VARCHAR(300),
    indicator_id BIGINT         NOT NULL REFERENCES indicator (id),
    category     VARCHAR(100)   NOT NULL DEFAULT '',
    method       VARCHAR(16)    NOT NULL
        CHECK (method IN ('presence', 'per_unit', 'threshold', 'bands', 'above_average', 'below_average')),
    points       NUMERIC(20, 6),
    comparator   VARCHAR(4) CHECK (comparator IN ('gt', 'ge', 'lt', 'le', 'eq')),
    threshold    NUMERIC(20, 6),
    bands        JSONB,
    weight       NUMERIC(20, 6) NOT NULL DEFAULT 1,
    area         VARCHAR(200),
    PRIMARY KEY (scorecard_id, position),
    CONSTRAINT scorecard_item_code UNIQUE (scorecard_id, code)
);
CREATE INDEX scorecard_item_indicator ON scorecard_item (indicator_id);
