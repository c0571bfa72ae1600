--liquibase formatted sql

--changeset orientir:140-data-version splitStatements:false
-- A data version that every committed change of the figures a ranking or an attainment view shows increases, so
-- that those reads can answer If-None-Match with 304 (issue 17). It lives in PostgreSQL (not in a replica's memory)
-- and is bumped by triggers, so that every write path (the API, imports, scripts) bumps it in its own transaction.
-- A statement trigger notes the transaction in data_version_pending (one row per transaction, insert only: no lock
-- is taken while the transaction runs, however long an import lasts); a deferred constraint trigger on that row
-- increments the counter when the transaction commits, so the row lock of data_version is held only while
-- committing and a reader never sees the new version before the new data.
CREATE TABLE data_version (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    version  BIGINT   NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 1);

CREATE TABLE data_version_pending (
    txid  BIGINT PRIMARY KEY
);

CREATE FUNCTION data_version_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_version_pending (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
    DELETE FROM data_version_pending WHERE txid = NEW.txid;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_version_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();

CREATE TRIGGER data_version_target AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON target
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_measured_value AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON measured_value
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_municipality AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipality
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_organization AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_indicator AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_indicator_area AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_area
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_reporting_period AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reporting_period
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
-- a derived indicator's facts are computed from a rule's flags
CREATE TRIGGER data_version_risk_rule AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON risk_rule
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_risk_rule_condition AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON risk_rule_condition
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
