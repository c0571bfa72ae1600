package ru.orientir.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.Optional;

/** A direction of the catalogue («направление», e.g. «Результаты обучения»). */
@Entity
@Table(name = "indicator_area")
public class IndicatorArea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    public static Optional<IndicatorArea> byName(String nameRu) {
        return find("nameRu", nameRu).firstResultOptional();
    }
}
