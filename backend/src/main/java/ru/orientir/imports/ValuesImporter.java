package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import ru.orientir.catalogue.SchoolYear;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.imports.BulkTable.Col;
import ru.orientir.notifications.NotMetWatch;
import ru.orientir.values.ValueInput;
import ru.orientir.values.ValueRules;

/** Measured values, upserted by (municipality, indicator, organization, year, period, category). */
@ApplicationScoped
public class ValuesImporter extends BulkImporter {

    static final BulkTable TABLE = new BulkTable(
            "measured_value",
            "value",
            "муниципалитет, показатель, организация, год, период, категория",
            List.of(Col.of("period", "varchar(8)"), Col.of("category", "varchar(" + ValueChecks.MAX_CATEGORY + ")")),
            List.of(
                    Col.of("value", "numeric(20,6)"), Col.of("qualifier", "varchar(16)"),
                    Col.optional("numerator", "numeric(20,6)"), Col.optional("denominator", "numeric(20,6)"),
                    Col.optional("comment", "text"), Col.optional("source", "text")));

    @Inject
    NotMetWatch notMet;

    @Override
    protected BulkTable table() {
        return TABLE;
    }

    /** The written keys that turned an indicator not_met are told to the municipality's editors (issue 18). */
    @Override
    protected void afterWrite(Connection c) throws SQLException {
        notMet.imported(c);
    }

    /**
     * Maps the row's cells to the fields of {@link ValueInput} and checks them with {@link ValueRules}; a year
     * written as a school year («2019/20») must be for a school-year indicator ({@link SchoolYear#spanFits}). The
     * informative columns of an export (year_label, category_label) are read past: year and category are what count.
     */
    @Override
    protected Object[] check(RowCheck rc, Lookups.Scope scope) {
        String period = rc.text("period") == null ? null : rc.text("period").toUpperCase(Locale.ROOT);
        ValueInput in = new ValueInput(
                scope.municipality(),
                rc.text("indicator"),
                scope.organization(),
                scope.year(),
                period,
                rc.text("category"),
                rc.decimal("value"),
                rc.keyword("qualifier"),
                rc.decimal("numerator"),
                rc.decimal("denominator"),
                rc.text("comment"),
                rc.text("source"));
        Checks c = new Checks();
        SchoolYear.spanFits(c, "year", scope.indicator(), rc.text("year"));
        ValueRules.Settled settled = ValueRules.validate(c, scope.indicator(), in);
        rc.absorb(c);
        if (!rc.ok()) {
            return null;
        }
        return new Object[] {
            settled.period(),
            settled.category(),
            in.value(),
            settled.qualifier(),
            in.numerator(),
            in.denominator(),
            in.comment(),
            in.source()
        };
    }
}
