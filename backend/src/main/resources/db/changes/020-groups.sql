--liquibase formatted sql

--changeset orientir:020-groups
-- Registers of a municipality's organizations (e.g. «ШНОР 2019–2020»), valid for a span of years.
-- Deleting an organization takes it out of its registers; deleting a municipality deletes its registers.
CREATE TABLE organization_group (
    id              BIGSERIAL PRIMARY KEY,
    municipality_id BIGINT       NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(300) NOT NULL,
    description     TEXT,
    year_from       INTEGER      NOT NULL,
    year_to         INTEGER      NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by      VARCHAR(200),
    CONSTRAINT organization_group_code UNIQUE (municipality_id, code),
    CONSTRAINT organization_group_years CHECK (year_from <= year_to)
);

CREATE TABLE organization_group_member (
    group_id        BIGINT NOT NULL REFERENCES organization_group (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, organization_id)
);
CREATE INDEX organization_group_member_organization ON organization_group_member (organization_id);
