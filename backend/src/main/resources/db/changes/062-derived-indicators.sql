--liquibase formatted sql

--changeset orientir:062-derived-indicators
-- Derived indicators: a municipality indicator whose facts are computed from a risk rule's flags
-- (the count of flagged schools, their share, the share of last year's flagged schools that improved),
-- never typed in. The rule is referred to by its code (codes never change); a rule that an indicator
-- derives from cannot be deleted (the delete is answered 409 naming the indicators).
ALTER TABLE indicator ADD COLUMN derived_rule VARCHAR(64) REFERENCES risk_rule (code);
ALTER TABLE indicator ADD COLUMN derived_measure VARCHAR(16)
    CHECK (derived_measure IN ('flagged_count', 'flagged_share', 'improved_share'));
ALTER TABLE indicator ADD CONSTRAINT indicator_derived_both
    CHECK ((derived_rule IS NULL) = (derived_measure IS NULL));
CREATE INDEX indicator_derived_rule ON indicator (derived_rule) WHERE derived_rule IS NOT NULL;
