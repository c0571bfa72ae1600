package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ru.orientir.common.Checks;
import ru.orientir.imports.BulkTable.Col;
import ru.orientir.targets.TargetInput;
import ru.orientir.targets.TargetRules;

/** Targets and baselines, upserted by (municipality, indicator, organization, year, kind). */
@ApplicationScoped
public class TargetsImporter extends BulkImporter {

    static final BulkTable TABLE = new BulkTable(
            "target",
            "target",
            "муниципалитет, показатель, организация, год, вид",
            List.of(Col.of("kind", "varchar(16)")),
            List.of(
                    Col.of("comparator", "varchar(8)"),
                    Col.of("value", "numeric(20,6)"),
                    Col.optional("value_to", "numeric(20,6)"),
                    Col.optional("comment", "text"),
                    Col.optional("source", "text")));

    @Override
    protected BulkTable table() {
        return TABLE;
    }

    /** Maps the row's cells to the fields of {@link TargetInput} and checks them with {@link TargetRules}. */
    @Override
    protected Object[] check(RowCheck rc, Lookups.Scope scope) {
        TargetInput in = new TargetInput(
                scope.municipality(),
                rc.text("indicator"),
                scope.organization(),
                scope.year(),
                rc.keyword("kind"),
                rc.text("comparator"),
                rc.decimal("value"),
                rc.decimal("value_to"),
                rc.text("comment"),
                rc.text("source"));
        Checks c = new Checks();
        TargetRules.Settled settled = TargetRules.validate(c, scope.indicator(), in);
        rc.absorb(c);
        if (!rc.ok()) {
            return null;
        }
        return new Object[] {settled.kind(), settled.comparator(), in.value(), in.valueTo(), in.comment(), in.source()};
    }
}
