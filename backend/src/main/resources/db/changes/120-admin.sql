--liquibase formatted sql

--changeset orientir:120-areas
-- Areas («направления») become a managed list: a stable code and a place in the catalogue's order.
-- The existing areas (the distinct area texts of the indicators) get the codes area-<id> and keep
-- their alphabetical order.
ALTER TABLE indicator_area ADD COLUMN code VARCHAR(64);
ALTER TABLE indicator_area ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_area ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE indicator_area a SET code = 'area-' || a.id,
       position = o.n * 10
  FROM (SELECT id, row_number() OVER (ORDER BY name_ru) AS n FROM indicator_area) o
 WHERE o.id = a.id;
ALTER TABLE indicator_area ALTER COLUMN code SET NOT NULL;
ALTER TABLE indicator_area ADD CONSTRAINT indicator_area_code_key UNIQUE (code);
-- numbers for the codes of areas created by their name (an indicators file naming a new area)
CREATE SEQUENCE indicator_area_code_seq;
SELECT setval('indicator_area_code_seq', coalesce((SELECT max(id) FROM indicator_area), 0) + 1, false);

--changeset orientir:120-territory-status
-- Municipalities and organizations are archived rather than deleted once they have data.
ALTER TABLE municipality ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'archived'));
ALTER TABLE organization ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'archived'));

--changeset orientir:120-audit-actor-name
-- The person's name as the token gave it when the change was made (e.g. «Редактор Калуги»), beside the login.
ALTER TABLE audit_event ADD COLUMN actor_name VARCHAR(300);
