--liquibase formatted sql

--changeset orientir:081-import-template-counts
-- What a values or targets job did to the stored rows: created or changed, unchanged (already stored, nothing
-- written) and, for a filled-in template, the rows left empty («no change»). Null for jobs without the counts.
ALTER TABLE import_job ADD COLUMN template boolean NOT NULL DEFAULT false;
ALTER TABLE import_job ADD COLUMN rows_changed bigint;
ALTER TABLE import_job ADD COLUMN rows_unchanged bigint;
ALTER TABLE import_job ADD COLUMN rows_empty bigint;
