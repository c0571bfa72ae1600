package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.imports.BulkTable.Col;
import ru.orientir.targets.Target;

/** Targets and baselines, upserted by (municipality, indicator, organization, year, kind). */
@ApplicationScoped
public class TargetsImporter extends BulkImporter {

    static final BulkTable TABLE = new BulkTable("target", "target",
            "муниципалитет, показатель, организация, год, вид",
            List.of(Col.of("kind", "varchar(16)")),
            List.of(Col.of("comparator", "varchar(8)"), Col.of("value", "numeric(20,6)"),
                    Col.optional("value_to", "numeric(20,6)"), Col.optional("comment", "text"), Col.optional("source", "text")));

    /** Comparators as people write them in spreadsheets. */
    static final Map<String, String> COMPARATORS = Map.ofEntries(Map.entry("eq", "eq"), Map.entry("=", "eq"),
            Map.entry("==", "eq"), Map.entry("ge", "ge"), Map.entry(">=", "ge"), Map.entry("≥", "ge"),
            Map.entry("le", "le"), Map.entry("<=", "le"), Map.entry("≤", "le"), Map.entry("between", "between"));

    @Override
    protected BulkTable table() {
        return TABLE;
    }

    @Override
    protected Object[] check(RowCheck rc, Lookups.Scope scope) {
        BigDecimal value = rc.decimal("value", true);
        BigDecimal valueTo = rc.decimal("value_to", false);
        String typed = rc.keyword("comparator");
        String comparator = typed == null ? "eq" : COMPARATORS.get(typed);
        if (comparator == null) {
            rc.error("comparator", "недопустимое сравнение; допустимы: eq (=), ge (>=, ≥), le (<=, ≤), between");
        }
        String kind = rc.keyword("kind") == null ? "target" : rc.keyword("kind");
        if (!Target.KINDS.contains(kind)) {
            rc.error("kind", "недопустимый вид; допустимы: target (цель), baseline (базовое значение)");
        }
        if ("between".equals(comparator) && value != null) {
            if (valueTo == null && rc.text("value_to") == null) {
                rc.error("value_to", "для сравнения between нужна верхняя граница value_to");
            } else if (valueTo != null && valueTo.compareTo(value) < 0) {
                rc.error("value_to", "верхняя граница меньше нижней (" + value.stripTrailingZeros().toPlainString() + ")");
            }
        } else if (comparator != null && !"between".equals(comparator) && valueTo != null) {
            rc.error("value_to", "верхняя граница задаётся только для сравнения between");
        }
        if (scope != null) {
            Checks c = new Checks();
            ValueChecks.figure(c, "value", scope.indicator(), value);
            ValueChecks.figure(c, "value_to", scope.indicator(), valueTo);
            rc.absorb(c);
        }
        if (!rc.ok()) {
            return null;
        }
        return new Object[] {kind, comparator, value, valueTo, rc.text("comment"), rc.text("source")};
    }
}
