package ru.orientir.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.orientir.catalogue.Indicator;
import ru.orientir.groups.OrganizationGroup;
import ru.orientir.territory.Organization;

/** One activity of a plan: what is done, by when, by whom, with what result; its deadline as read by {@link Due}. */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    public static final String PLANNED = "planned";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";
    public static final List<String> STATUSES = List.of(PLANNED, IN_PROGRESS, DONE, CANCELLED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "node_id")
    public PlanNode node;

    public String title;
    public String due;
    public String recurrence;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "due_from")
    public LocalDate dueFrom;

    @Column(name = "due_to")
    public LocalDate dueTo;

    @Column(name = "due_label")
    public String dueLabel;

    public String responsible;
    public String result;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_indicator_id")
    public Indicator resultIndicator;

    @Column(name = "result_target")
    public BigDecimal resultTarget;

    public String status = PLANNED;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_user", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 100)
    @Column(name = "username")
    public List<String> responsibleUsers = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_indicator",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 100)
    public List<Indicator> indicators = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_organization",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 100)
    public List<Organization> organizations = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_group",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @org.hibernate.annotations.BatchSize(size = 100)
    public List<OrganizationGroup> groups = new ArrayList<>();

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<Activity> byCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }

    public boolean finished() {
        return DONE.equals(status) || CANCELLED.equals(status);
    }

    public boolean overdue(LocalDate today) {
        return !finished() && dueTo != null && today.isAfter(dueTo);
    }
}
