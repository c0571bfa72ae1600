package ru.orientir.targets;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.List;
import ru.orientir.facts.DataRow;

/**
 * A yearly target (or the baseline that starts a programme's series) of an indicator for a
 * municipality, one of its organizations or every organization of it, for a category or the total.
 */
@Entity
@Table(name = "target")
public class Target extends DataRow {

    public static final List<String> KINDS = List.of("target", "baseline");
    public static final List<String> COMPARATORS = List.of("eq", "ge", "le", "between");

    public String kind = "target";
    public String comparator = "eq";

    @Column(name = "value_to")
    public BigDecimal valueTo;

    /** The category in canonical form ('' for the total), as values have it. */
    public String category = "";

    /** True for a target of every organization of the municipality (organization '*'); organization is then null. */
    @Column(name = "every_organization")
    public boolean everyOrganization;

    /** The organization as the API and files show it: its code, '*' for every organization, null for none. */
    public String organizationCode() {
        return everyOrganization ? TargetRules.EVERY_ORGANIZATION : organization == null ? null : organization.code;
    }
}
