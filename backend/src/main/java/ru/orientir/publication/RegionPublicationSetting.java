package ru.orientir.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import ru.orientir.territory.Region;

/** A region's publication policy: may the editors of its municipalities publish their own approved years. */
@Entity
@Table(name = "region_publication_setting")
public class RegionPublicationSetting extends PanacheEntityBase {

    @Id
    @Column(name = "region_id")
    public Long regionId;

    @Column(name = "municipalities_may_publish")
    public boolean municipalitiesMayPublish;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by")
    public String updatedBy;

    /** Off unless the region turned it on. */
    public static boolean municipalitiesMayPublish(Region region) {
        RegionPublicationSetting s = findById(region.id);
        return s != null && s.municipalitiesMayPublish;
    }
}
