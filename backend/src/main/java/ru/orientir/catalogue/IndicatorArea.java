package ru.orientir.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.Optional;

/** A direction of the catalogue («направление», e.g. «Результаты обучения»): a managed list with a code and an order. */
@Entity
@Table(name = "indicator_area")
public class IndicatorArea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    /** Place in the catalogue's order (ascending; ties by name). */
    public int position;

    @Version
    public int version;

    public static Optional<IndicatorArea> byName(String nameRu) {
        return find("nameRu", nameRu).firstResultOptional();
    }

    public static Optional<IndicatorArea> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** A free code «area-N» for an area created by its name (an indicators file or a PUT naming a new area). */
    public static String freeCode() {
        while (true) {
            Number n = (Number) getEntityManager()
                    .createNativeQuery("SELECT nextval('indicator_area_code_seq')")
                    .getSingleResult();
            String code = "area-" + n.longValue();
            if (count("code", code) == 0) {
                return code;
            }
        }
    }

    /** The position after the last area, for a new one. */
    public static int nextPosition() {
        Integer max = getEntityManager()
                .createQuery("select max(a.position) from IndicatorArea a", Integer.class)
                .getSingleResult();
        return max == null ? 10 : max + 10;
    }
}
