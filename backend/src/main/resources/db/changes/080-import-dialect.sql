--liquibase formatted sql

--changeset orientir:080-import-dialect
-- The encoding and the separator a CSV upload was read with, as detected (UTF-8, Windows-1251, UTF-16; , ; or tab):
-- shown in the job so that a user sees how the file was understood.
ALTER TABLE import_job ADD COLUMN encoding VARCHAR(20);
ALTER TABLE import_job ADD COLUMN separator VARCHAR(5);
