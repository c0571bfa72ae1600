--liquibase formatted sql

--changeset orientir:145-data-version-more splitStatements:false
-- The attainment answers kept per data version (attainment/AttainmentService) also depend on registers (the group
-- filter and the schools of a register), on regions (the regional average) and on the dimensions (categories).
CREATE TRIGGER data_version_region AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON region
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_organization_group AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organization_group
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_organization_group_member AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON organization_group_member FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_dimension AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dimension
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
CREATE TRIGGER data_version_indicator_dimension AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_dimension
    FOR EACH STATEMENT EXECUTE FUNCTION data_version_note();
