package ru.orientir.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** One change of an activity's status (its creation is the first, from null), with the comment given. */
@Entity
@Table(name = "activity_history")
public class ActivityHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    public Activity activity;

    public OffsetDateTime at = OffsetDateTime.now();

    @Column(name = "by_user")
    public String by;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String comment;
}
