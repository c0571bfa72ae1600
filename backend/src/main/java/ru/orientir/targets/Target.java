package ru.orientir.targets;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.List;
import ru.orientir.facts.DataRow;

/** A yearly target (or the baseline that starts a programme's series) of an indicator for a municipality. */
@Entity
@Table(name = "target")
public class Target extends DataRow {

    public static final List<String> KINDS = List.of("target", "baseline");
    public static final List<String> COMPARATORS = List.of("eq", "ge", "le", "between");

    public String kind = "target";
    public String comparator = "eq";

    @Column(name = "value_to")
    public BigDecimal valueTo;
}
