package ru.orientir.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A controlled dimension of disaggregation (e.g. subject) with its members, shared by all municipalities. */
@Entity
@Table(name = "dimension")
public class Dimension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DimensionMember> members = new ArrayList<>();

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    public static Optional<Dimension> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<DimensionMember> member(String memberCode) {
        return members.stream().filter(m -> m.code().equals(memberCode)).findFirst();
    }
}
