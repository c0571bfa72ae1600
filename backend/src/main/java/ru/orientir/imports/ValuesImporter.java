package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.imports.BulkTable.Col;
import ru.orientir.values.MeasuredValue;

/** Measured values, upserted by (municipality, indicator, organization, year, period, category). */
@ApplicationScoped
public class ValuesImporter extends BulkImporter {

    static final BulkTable TABLE = new BulkTable("measured_value", "value",
            "муниципалитет, показатель, организация, год, период, категория",
            List.of(Col.of("period", "varchar(8)"), Col.of("category", "varchar(" + ValueChecks.MAX_CATEGORY + ")")),
            List.of(Col.of("value", "numeric(20,6)"), Col.of("qualifier", "varchar(16)"),
                    Col.optional("numerator", "numeric(20,6)"), Col.optional("denominator", "numeric(20,6)"),
                    Col.optional("comment", "text"), Col.optional("source", "text")));

    @Override
    protected BulkTable table() {
        return TABLE;
    }

    @Override
    protected Object[] check(RowCheck rc, Lookups.Scope scope) {
        BigDecimal value = rc.decimal("value", true);
        BigDecimal numerator = rc.decimal("numerator", false);
        BigDecimal denominator = rc.decimal("denominator", false);
        String period = rc.text("period") == null ? "" : rc.text("period").toUpperCase(Locale.ROOT);
        String category = rc.text("category") == null ? "" : rc.text("category");
        String qualifier = rc.keyword("qualifier") == null ? "exact" : rc.keyword("qualifier");
        if (!MeasuredValue.QUALIFIERS.contains(qualifier)) {
            rc.error("qualifier", "недопустимая оговорка; допустимы: " + String.join(", ", MeasuredValue.QUALIFIERS));
        }
        if (category.length() > ValueChecks.MAX_CATEGORY) {
            rc.error("category", "категория длиннее " + ValueChecks.MAX_CATEGORY + " символов");
        }
        if (scope != null) {
            Checks c = new Checks();
            ValueChecks.figure(c, "value", scope.indicator(), value);
            ValueChecks.fact(c, scope.indicator(), period, category, numerator, denominator);
            rc.absorb(c);
        }
        if (!rc.ok()) {
            return null;
        }
        return new Object[] {period, category, value, qualifier, numerator, denominator, rc.text("comment"),
                rc.text("source")};
    }
}
