package ru.orientir.territory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Optional;

@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    public String type;
    public String oktmo;

    /** active, or archived: kept with its data and history, offered no more for new work. */
    public String status = "active";

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    public static Optional<Municipality> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
