package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.CatalogueDtos.IndicatorDto;
import ru.orientir.catalogue.CatalogueDtos.IndicatorInput;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.IndicatorRules;
import ru.orientir.catalogue.IndicatorService;
import ru.orientir.common.Checks;

/**
 * Indicators of the catalogue by code (catalogue administrators). Optional cells left empty keep an
 * existing indicator's value (or take the default for a new one); an unknown area is created. The
 * row, merged with what is stored, is checked by {@link IndicatorRules} like a PUT of the API and
 * written the same way. Cells: {@code bands} «от..до: метка: балл | ...», {@code categories} «a|b»,
 * {@code dimensions} «subject|grade», {@code deadline} «до 20 числа следующего месяца» (the API's forms; «нет» removes
 * it), {@code responsible} {@code organization} or {@code municipality}.
 */
@ApplicationScoped
public class IndicatorsImporter extends EntityImporter {

    @Override
    protected Checker start(JobContext job) {
        Map<String, Indicator> indicators = new HashMap<>();
        Indicator.<Indicator>listAll().forEach(i -> indicators.put(i.code, i));
        return rc -> {
            String code = rc.text("code");
            Indicator existing = code == null ? null : indicators.get(code);
            IndicatorInput in = merged(rc, code, existing == null ? null : IndicatorDto.of(existing));
            Checks c = new Checks();
            IndicatorRules.validate(c, code, in, existing, () -> IndicatorService.hasData(existing));
            rc.absorb(c);
            if (!rc.ok()) {
                return null;
            }
            return new Pending(rc.row().number(), code, () -> {
                Indicator i = indicators.get(code);
                Map<String, Object> old = i == null ? null : snapshot(i);
                if (i == null) {
                    i = new Indicator();
                    i.code = code;
                }
                IndicatorService.apply(in, i);
                Map<String, Object> now = snapshot(i);
                if (!now.equals(old)) {
                    i.updatedAt = OffsetDateTime.now();
                    i.persist();
                    audited(job, new AuditLog.Subject("indicator", i.id, code, null, code), old, now);
                }
            });
        };
    }

    /** The row's cells as the fields of {@link IndicatorInput}; an empty cell keeps what is stored. */
    private static IndicatorInput merged(RowCheck rc, String code, IndicatorDto was) {
        boolean n = was == null;
        return new IndicatorInput(
                code,
                keep(rc.text("name_ru"), n ? null : was.nameRu()),
                keep(rc.text("name_en"), n ? null : was.nameEn()),
                keep(rc.text("area"), n ? null : was.area()),
                null,
                keep(rc.keyword("unit"), n ? null : was.unit()),
                keep(rc.integer("decimals"), n ? null : was.decimals()),
                keep(rc.keyword("polarity"), n ? null : was.polarity()),
                keep(rc.decimal("scale_min"), n ? null : was.scaleMin()),
                keep(rc.decimal("scale_max"), n ? null : was.scaleMax()),
                keep(rc.bands("bands"), n ? null : was.bands()),
                keep(rc.keyword("level"), n ? null : was.level()),
                keep(rc.keyword("periodicity"), n ? null : was.periodicity()),
                keep(rc.list("categories"), n ? null : was.categories()),
                keep(rc.list("dimensions"), n ? null : was.dimensions()),
                keep(rc.text("description"), n ? null : was.description()),
                keep(rc.text("formula"), n ? null : was.formula()),
                n ? null : was.numerator(),
                n ? null : was.denominator(),
                keep(rc.text("source"), n ? null : was.source()),
                n ? null : was.status(),
                null,
                rc.text("deadline"),
                rc.keyword("responsible"));
    }

    private static <T> T keep(T given, T existing) {
        return given != null ? given : existing;
    }

    private static Map<String, Object> snapshot(Indicator i) {
        return EntityImporter.snapshot(
                "code",
                i.code,
                "nameRu",
                i.nameRu,
                "nameEn",
                i.nameEn,
                "area",
                i.area == null ? null : i.area.nameRu,
                "unit",
                i.unit,
                "decimals",
                i.decimals,
                "polarity",
                i.polarity,
                "level",
                i.level,
                "periodicity",
                i.periodicity,
                "deadline",
                i.deadline() == null ? null : i.deadline().label(),
                "responsible",
                i.responsible(),
                "scaleMin",
                plain(i.scaleMin),
                "scaleMax",
                plain(i.scaleMax),
                "bands",
                i.bands == null ? null : String.valueOf(IndicatorDto.of(i).bands()),
                "categories",
                i.categories == null ? null : String.join("|", i.categories),
                "dimensions",
                i.dimensions.stream().map(d -> d.code).toList().toString(),
                "description",
                i.description,
                "formula",
                i.formula,
                "source",
                i.source);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }
}
