package ru.orientir.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Optional;

@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    public String code;
    public String name;
    public String type;

    /** active, or archived: kept with its data and history, offered no more for new work. */
    public String status = "active";

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    public static Optional<Organization> byCode(Municipality municipality, String code) {
        return find("municipality = ?1 and code = ?2", municipality, code).firstResultOptional();
    }
}
