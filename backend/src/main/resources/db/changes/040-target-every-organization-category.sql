--liquibase formatted sql

--changeset orientir:040-target-every-organization-category
-- A target may apply to every organization of its municipality (organization '*' in files and JSON):
-- every_organization is then true and organization_id null. An organization's own target of the same
-- year, kind and category takes precedence over it (read in attainment, not enforced here).
-- Targets are per category too ('' = the total), in the canonical form values use.
ALTER TABLE target ADD COLUMN every_organization BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE target ADD COLUMN category VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE target ADD CONSTRAINT target_every_organization_no_organization
    CHECK (NOT every_organization OR organization_id IS NULL);
ALTER TABLE target DROP CONSTRAINT target_natural_key;
ALTER TABLE target ADD CONSTRAINT target_natural_key UNIQUE NULLS NOT DISTINCT
    (municipality_id, indicator_id, organization_id, every_organization, year, kind, category);
