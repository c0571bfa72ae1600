--liquibase formatted sql

--changeset orientir:072-recommendations
-- Targeted recommendations («адресные рекомендации») of a department to its schools: one row per school,
-- the schools of one request share a batch. due is the canonical deadline text, due_to its last day
-- (for the overdue filter in SQL). The school answers (response_*), the department closes (verdict_*).
CREATE TABLE recommendation (
    id              BIGSERIAL PRIMARY KEY,
    batch           UUID         NOT NULL,
    municipality_id BIGINT       NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    organization_id BIGINT       NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    title           VARCHAR(300) NOT NULL,
    text            TEXT         NOT NULL,
    reason          TEXT,
    due             VARCHAR(32)  NOT NULL,
    due_to          DATE         NOT NULL,
    rule_code       VARCHAR(64),
    year            INTEGER      NOT NULL,
    group_code      VARCHAR(64),
    indicators      JSONB        NOT NULL DEFAULT '[]',
    status          VARCHAR(16)  NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
    response_text   TEXT,
    response_at     TIMESTAMPTZ,
    response_by     VARCHAR(200),
    verdict_outcome VARCHAR(16) CHECK (verdict_outcome IN ('effective', 'partly', 'not_effective')),
    verdict_text    TEXT,
    verdict_at      TIMESTAMPTZ,
    verdict_by      VARCHAR(200),
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         INTEGER      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_municipality ON recommendation (municipality_id, status, due_to);
CREATE INDEX recommendation_organization ON recommendation (organization_id);
CREATE INDEX recommendation_batch ON recommendation (batch);
