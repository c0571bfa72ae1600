--liquibase formatted sql

--changeset orientir:070-plans
-- Programmes and activity plans (#14): a plan of a municipality (or of the region, municipality null) with its
-- tree of goals, projects and tasks linked to indicators, and the activities that carry it out, with their
-- deadlines read by plans/Due, their status history and their evidence (files kept here, in bytea).
CREATE TABLE plan (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(64)  NOT NULL UNIQUE,
    name            VARCHAR(500) NOT NULL,
    municipality_id BIGINT REFERENCES municipality (id) ON DELETE CASCADE,
    year_from       SMALLINT     NOT NULL,
    year_to         SMALLINT     NOT NULL,
    description     TEXT,
    state           VARCHAR(16)  NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved')),
    approved_by     VARCHAR(200),
    approved_at     TIMESTAMPTZ,
    reopened_by     VARCHAR(200),
    reopened_at     TIMESTAMPTZ,
    reopen_reason   TEXT,
    version         INTEGER      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by      VARCHAR(200),
    CHECK (year_from <= year_to)
);
CREATE INDEX plan_municipality ON plan (municipality_id);

CREATE TABLE plan_node (
    id        BIGSERIAL PRIMARY KEY,
    plan_id   BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code      VARCHAR(64)  NOT NULL,
    kind      VARCHAR(16)  NOT NULL CHECK (kind IN ('goal', 'project', 'task')),
    title     VARCHAR(2000) NOT NULL,
    parent_id BIGINT REFERENCES plan_node (id),
    position  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT plan_node_code UNIQUE (plan_id, code)
);
CREATE INDEX plan_node_parent ON plan_node (parent_id);

CREATE TABLE plan_node_indicator (
    node_id      BIGINT  NOT NULL REFERENCES plan_node (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    indicator_id BIGINT  NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (node_id, position)
);
CREATE INDEX plan_node_indicator_indicator ON plan_node_indicator (indicator_id);

CREATE TABLE activity (
    id                  BIGSERIAL PRIMARY KEY,
    plan_id             BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    code                VARCHAR(64)   NOT NULL,
    node_id             BIGINT REFERENCES plan_node (id),
    title               VARCHAR(2000) NOT NULL,
    due                 VARCHAR(16),
    recurrence          VARCHAR(16) CHECK (recurrence IN ('weekly', 'monthly', 'quarterly', 'yearly')),
    due_month           SMALLINT,
    due_from            DATE,
    due_to              DATE,
    due_label           VARCHAR(100),
    responsible         VARCHAR(1000),
    result              TEXT,
    result_indicator_id BIGINT REFERENCES indicator (id),
    result_target       NUMERIC(20, 6),
    status              VARCHAR(16)   NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
    version             INTEGER       NOT NULL DEFAULT 0,
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by          VARCHAR(200),
    CONSTRAINT activity_code UNIQUE (plan_id, code)
);
CREATE INDEX activity_node ON activity (node_id);
CREATE INDEX activity_due_to ON activity (due_to);
CREATE INDEX activity_status ON activity (status);

CREATE TABLE activity_user (
    activity_id BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    username    VARCHAR(200) NOT NULL,
    PRIMARY KEY (activity_id, position)
);
CREATE INDEX activity_user_username ON activity_user (username);

CREATE TABLE activity_indicator (
    activity_id  BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    indicator_id BIGINT  NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (activity_id, position)
);
CREATE INDEX activity_indicator_indicator ON activity_indicator (indicator_id);

CREATE TABLE activity_organization (
    activity_id     BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    organization_id BIGINT  NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, position)
);
CREATE INDEX activity_organization_organization ON activity_organization (organization_id);

CREATE TABLE activity_group (
    activity_id BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    group_id    BIGINT  NOT NULL REFERENCES organization_group (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE activity_history (
    id          BIGSERIAL PRIMARY KEY,
    activity_id BIGINT      NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user     VARCHAR(200),
    from_status VARCHAR(16),
    to_status   VARCHAR(16) NOT NULL,
    comment     TEXT
);
CREATE INDEX activity_history_activity ON activity_history (activity_id, id);

CREATE TABLE activity_evidence (
    id           BIGSERIAL PRIMARY KEY,
    activity_id  BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    kind         VARCHAR(8)   NOT NULL CHECK (kind IN ('file', 'link', 'note')),
    name         VARCHAR(300),
    content_type VARCHAR(200),
    size         BIGINT,
    sha256       VARCHAR(64),
    content      BYTEA,
    note         TEXT,
    link         VARCHAR(2000),
    uploaded_by  VARCHAR(200),
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX activity_evidence_activity ON activity_evidence (activity_id, id);
