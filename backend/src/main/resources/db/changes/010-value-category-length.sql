--liquibase formatted sql

--changeset orientir:010-value-category-length
-- Real disaggregations are long (a contest and a degree of a named school): 100 was too short.
ALTER TABLE measured_value ALTER COLUMN category TYPE VARCHAR(200);
