package ru.orientir.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.orientir.catalogue.Indicator;

/** A goal, project or task of a plan's tree, with the indicators that measure it. */
@Entity
@Table(name = "plan_node")
public class PlanNode extends PanacheEntityBase {

    public static final List<String> KINDS = List.of("goal", "project", "task");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public String code;
    public String kind;
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public PlanNode parent;

    public int position;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "plan_node_indicator",
            joinColumns = @JoinColumn(name = "node_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 100)
    public List<Indicator> indicators = new ArrayList<>();

    public static Optional<PlanNode> byCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }
}
