package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.imports.BulkTable.Col;
import ru.orientir.targets.TargetInput;
import ru.orientir.targets.TargetRules;

/**
 * Targets and baselines, upserted by (municipality, indicator, organization, year, kind, category); organization
 * '*' is a target of every organization of the municipality, whose scope is the municipality's.
 */
@ApplicationScoped
public class TargetsImporter extends BulkImporter {

    static final BulkTable TABLE = new BulkTable(
            "target",
            "target",
            "муниципалитет, показатель, организация, год, вид, категория",
            List.of(
                    Col.of("kind", "varchar(16)"),
                    Col.of("category", "varchar(" + ValueChecks.MAX_CATEGORY + ")"),
                    Col.of(BulkTable.EVERY_ORGANIZATION, "boolean")),
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

    /**
     * A row whose organization is '*' has its scope resolved as the municipality's (no organization to look
     * up, a municipality writer required): the rule of {@link TargetRules#organizationToResolve}.
     */
    @Override
    protected RowCheck beforeScope(RowCheck rc) {
        if (TargetRules.organizationToResolve(rc.text("organization")) == null) {
            rc.hide("organization");
        }
        return rc;
    }

    /** Maps the row's cells to the fields of {@link TargetInput} and checks them with {@link TargetRules}. */
    @Override
    protected Object[] check(RowCheck rc, Lookups.Scope scope) {
        TargetInput in = new TargetInput(
                scope.municipality(),
                rc.text("indicator"),
                rc.row().get("organization"),
                scope.year(),
                rc.keyword("kind"),
                rc.text("comparator"),
                rc.decimal("value"),
                rc.decimal("value_to"),
                rc.text("comment"),
                rc.text("source"),
                rc.text("category"));
        Checks c = new Checks();
        TargetRules.Settled settled = TargetRules.validate(c, scope.indicator(), in);
        rc.absorb(c);
        if (!rc.ok()) {
            return null;
        }
        return new Object[] {
            settled.kind(),
            settled.category(),
            settled.everyOrganization(),
            settled.comparator(),
            in.value(),
            in.valueTo(),
            in.comment(),
            in.source()
        };
    }
}
