--liquibase formatted sql

--changeset orientir:011-import-error-code
-- A bad row's error carries the same code as the API's field error for the same rule (e.g. band_inverted).
ALTER TABLE import_error ADD COLUMN code VARCHAR(64);
