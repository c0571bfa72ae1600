--liquibase formatted sql

--changeset orientir:090-audit-organization
-- The organization a value or target event concerns, so that a school coordinator can read the history of its own rows.
ALTER TABLE audit_event ADD COLUMN organization_code varchar(64);
UPDATE audit_event SET organization_code = coalesce(new_value ->> 'organization', old_value ->> 'organization')
 WHERE entity_type IN ('value', 'target')
   AND coalesce(new_value ->> 'organization', old_value ->> 'organization') IS DISTINCT FROM '*';
CREATE INDEX audit_event_organization_idx ON audit_event (municipality_code, organization_code, occurred_at DESC)
 WHERE organization_code IS NOT NULL;
