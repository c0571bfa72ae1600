--liquibase formatted sql

--changeset orientir:020-import-request-hash
-- An Idempotency-Key remembers the SHA-256 of its request (type, mode, dryRun and the file's bytes):
-- a replay with the same request answers the first job, another file under the same key is refused.
ALTER TABLE import_job ADD COLUMN request_hash VARCHAR(64);
