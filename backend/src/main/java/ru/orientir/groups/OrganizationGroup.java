package ru.orientir.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/** A register of a municipality's organizations for a span of years, e.g. the schools with low results. */
@Entity
@Table(name = "organization_group")
public class OrganizationGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    public String code;
    public String name;
    public String description;

    @Column(name = "year_from")
    public int yearFrom;

    @Column(name = "year_to")
    public int yearTo;

    @ManyToMany
    @JoinTable(
            name = "organization_group_member",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    public Set<Organization> organizations = new LinkedHashSet<>();

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<OrganizationGroup> byCode(Municipality municipality, String code) {
        return find("municipality = ?1 and code = ?2", municipality, code).firstResultOptional();
    }
}
