-- The country data set of the read benchmark (backend/bench/scale.sh), generated inside PostgreSQL: the documented
-- fast path of the generator (the bulk API loads the same volume in about 4 minutes, see STACK.md; here the import is
-- timed separately and the reads are what is measured). Deterministic: every figure is a hash of its key.
--   24 regions, 2,400 municipalities (the first is `kaluga`, so that the demo user kaluga-editor is a bound editor
--   of real data), 40,000 schools (16-17 per municipality), 110 indicators in 10 areas (100 of the municipality
--   level, 10 of the organization level), years 2015-2024:
--   * municipality level: a target of every indicator, municipality and year (2.4 M; comparators eq 50 %, ge 20 %,
--     le 15 %, between 15 %; a quarter of the indicators lower-is-better, some with a scale or bands), a value for
--     96 % of them (2.3 M), a baseline in 2014 (240,000);
--   * organization level: a target of every organization (`*`) per municipality, indicator and year (240,000), an
--     own target of every tenth school in 2022-2024 (120,000), a value of every school in 2022-2024 (1.2 M).
-- Run on an empty schema created by the backend's Liquibase.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE OR REPLACE FUNCTION pg_temp.h(a bigint, b bigint, c bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS
$$ SELECT abs(hashint8(a * 1000003 + b * 7919 + c)) % 1000 $$;

INSERT INTO region (code, name)
SELECT 'sc-r' || r, 'Регион ' || r FROM generate_series(0, 23) r;

INSERT INTO municipality (code, name, region_id, type)
SELECT CASE WHEN n = 0 THEN 'kaluga' ELSE 'sc-m' || lpad(n::text, 4, '0') END,
       CASE WHEN n = 0 THEN 'Калуга' ELSE 'Муниципалитет ' || lpad(n::text, 4, '0') END,
       (SELECT id FROM region WHERE code = 'sc-r' || (n % 24)), 'urban_okrug'
FROM generate_series(0, 2399) n;

INSERT INTO organization (municipality_id, code, name, type)
SELECT m.id, 'school-' || s, 'Школа № ' || s, 'school'
FROM generate_series(0, 39999) s
JOIN municipality m ON m.code = CASE WHEN s % 2400 = 0 THEN 'kaluga' ELSE 'sc-m' || lpad((s % 2400)::text, 4, '0') END;

INSERT INTO indicator_area (code, name_ru, name_en, position)
SELECT 'sc-area-' || a, 'Направление ' || a, 'Area ' || a, a * 10 FROM generate_series(0, 9) a
ON CONFLICT (name_ru) DO NOTHING;

INSERT INTO indicator (code, name_ru, area_id, unit, decimals, polarity, scale_min, scale_max, bands, level, periodicity)
SELECT CASE WHEN n < 100 THEN 'sc-i' || lpad(n::text, 3, '0') ELSE 'sc-s' || (n - 100) END,
       'Показатель ' || n,
       (SELECT id FROM indicator_area WHERE name_ru = 'Направление ' || (n % 10)),
       'percent', 1,
       CASE WHEN n % 4 = 3 THEN 'lower' ELSE 'higher' END,
       CASE WHEN n % 5 = 1 THEN 0 END, CASE WHEN n % 5 = 1 THEN 100 END,
       CASE WHEN n % 5 = 2 THEN '[{"from": null, "to": 40, "score": 0}, {"from": 40, "to": 70, "score": 50},
                                 {"from": 70, "to": null, "score": 100}]'::jsonb END,
       CASE WHEN n < 100 THEN 'municipality' ELSE 'organization' END,
       CASE WHEN n < 100 THEN 'calendar_year' ELSE 'school_year' END
FROM generate_series(0, 109) n;

-- municipality level: targets, baselines, values
INSERT INTO target (indicator_id, municipality_id, year, kind, comparator, value, value_to, updated_by)
SELECT i.id, m.id, y, 'target',
       CASE WHEN pg_temp.h(i.id, m.id, y) < 500 THEN 'eq' WHEN pg_temp.h(i.id, m.id, y) < 700 THEN 'ge'
            WHEN pg_temp.h(i.id, m.id, y) < 850 THEN 'le' ELSE 'between' END,
       40 + pg_temp.h(i.id, m.id, y) % 40,
       CASE WHEN pg_temp.h(i.id, m.id, y) >= 850 THEN 40 + pg_temp.h(i.id, m.id, y) % 40 + 10 END,
       'bench'
FROM indicator i CROSS JOIN municipality m CROSS JOIN generate_series(2015, 2024) y
WHERE i.level = 'municipality';

INSERT INTO target (indicator_id, municipality_id, year, kind, comparator, value, updated_by)
SELECT i.id, m.id, 2014, 'baseline', 'eq', 30 + pg_temp.h(i.id, m.id, 2014) % 50, 'bench'
FROM indicator i CROSS JOIN municipality m
WHERE i.level = 'municipality';

INSERT INTO measured_value (indicator_id, municipality_id, year, value, qualifier, updated_by)
SELECT i.id, m.id, y, 20 + pg_temp.h(m.id, i.id, y) % 800 / 10.0,
       CASE WHEN pg_temp.h(y, m.id, i.id) < 50 THEN 'approx' ELSE 'exact' END, 'bench'
FROM indicator i CROSS JOIN municipality m CROSS JOIN generate_series(2015, 2024) y
WHERE i.level = 'municipality' AND pg_temp.h(y, i.id, m.id) >= 40;

-- organization level: targets of every organization, own targets, values
INSERT INTO target (indicator_id, municipality_id, year, kind, comparator, value, every_organization, updated_by)
SELECT i.id, m.id, y, 'target', CASE WHEN pg_temp.h(i.id, m.id, y) < 500 THEN 'eq' ELSE 'ge' END,
       40 + pg_temp.h(i.id, m.id, y) % 40, true, 'bench'
FROM indicator i CROSS JOIN municipality m CROSS JOIN generate_series(2015, 2024) y
WHERE i.level = 'organization';

INSERT INTO target (indicator_id, municipality_id, organization_id, year, kind, comparator, value, updated_by)
SELECT i.id, o.municipality_id, o.id, y, 'target', 'ge', 30 + pg_temp.h(i.id, o.id, y) % 50, 'bench'
FROM indicator i CROSS JOIN organization o CROSS JOIN generate_series(2022, 2024) y
WHERE i.level = 'organization' AND o.id % 10 = 0;

INSERT INTO measured_value (indicator_id, municipality_id, organization_id, year, value, updated_by)
SELECT i.id, o.municipality_id, o.id, y, 20 + pg_temp.h(o.id, i.id, y) % 800 / 10.0, 'bench'
FROM indicator i CROSS JOIN organization o CROSS JOIN generate_series(2022, 2024) y
WHERE i.level = 'organization';

INSERT INTO reporting_period (municipality_id, year, state)
SELECT m.id, y, CASE WHEN y < 2023 THEN 'approved' ELSE 'open' END
FROM municipality m CROSS JOIN generate_series(2015, 2024) y;

ANALYZE;
SELECT (SELECT count(*) FROM municipality) AS municipalities, (SELECT count(*) FROM organization) AS organizations,
       (SELECT count(*) FROM indicator) AS indicators, (SELECT count(*) FROM target) AS targets,
       (SELECT count(*) FROM measured_value) AS "values";
