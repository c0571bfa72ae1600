package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import ru.orientir.audit.AuditLog;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.IndicatorArea;
import ru.orientir.common.Checks;

/**
 * Indicators of the catalogue by code (catalogue administrators). Optional cells left empty keep an
 * existing indicator's value (or take the default for a new one); an unknown area is created.
 */
@ApplicationScoped
public class IndicatorsImporter extends EntityImporter {

    @Override
    protected Checker start(JobContext job) {
        Map<String, Indicator> indicators = new HashMap<>();
        Indicator.<Indicator>listAll().forEach(i -> indicators.put(i.code, i));
        Map<String, IndicatorArea> areas = new HashMap<>();
        IndicatorArea.<IndicatorArea>listAll().forEach(a -> areas.put(a.nameRu, a));
        return rc -> {
            String code = rc.text("code");
            String nameRu = rc.required("name_ru");
            String unit = rc.keyword("unit");
            Checks c = new Checks();
            c.code("code", code);
            c.maxLength("name_ru", nameRu, 1000);
            c.maxLength("name_en", rc.text("name_en"), 1000);
            c.maxLength("area", rc.text("area"), 300);
            if (c.required("unit", unit)) {
                c.oneOf("unit", unit, Indicator.UNITS);
            }
            c.oneOf("polarity", rc.keyword("polarity"), Indicator.POLARITIES);
            c.oneOf("level", rc.keyword("level"), Indicator.LEVELS);
            c.oneOf("periodicity", rc.keyword("periodicity"), Indicator.PERIODICITIES);
            rc.absorb(c);
            Integer decimals = rc.integer("decimals");
            if (decimals != null && (decimals < 0 || decimals > 6)) {
                rc.error("decimals", "число знаков после запятой должно быть от 0 до 6");
            }
            BigDecimal min = rc.decimal("scale_min", false);
            BigDecimal max = rc.decimal("scale_max", false);
            if (min != null && max != null && min.compareTo(max) > 0) {
                rc.error("scale_max", "верх шкалы меньше её низа (" + min.stripTrailingZeros().toPlainString() + ")");
            }
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
                i.nameRu = nameRu;
                i.unit = unit;
                i.nameEn = keep(rc.text("name_en"), i.nameEn);
                i.polarity = keep(rc.keyword("polarity"), i.polarity);
                i.level = keep(rc.keyword("level"), i.level);
                i.periodicity = keep(rc.keyword("periodicity"), i.periodicity);
                i.decimals = decimals == null ? i.decimals : decimals;
                i.scaleMin = keep(min, i.scaleMin);
                i.scaleMax = keep(max, i.scaleMax);
                i.description = keep(rc.text("description"), i.description);
                i.formula = keep(rc.text("formula"), i.formula);
                i.source = keep(rc.text("source"), i.source);
                String area = rc.text("area");
                if (area != null) {
                    i.area = areas.computeIfAbsent(area, name -> {
                        IndicatorArea a = new IndicatorArea();
                        a.nameRu = name;
                        a.persist();
                        return a;
                    });
                }
                Map<String, Object> now = snapshot(i);
                if (!now.equals(old)) {
                    i.updatedAt = OffsetDateTime.now();
                    i.persist();
                    audited(job, new AuditLog.Subject("indicator", i.id, code, null, code), old, now);
                }
            });
        };
    }

    private static <T> T keep(T given, T existing) {
        return given != null ? given : existing;
    }

    private static Map<String, Object> snapshot(Indicator i) {
        return EntityImporter.snapshot("code", i.code, "nameRu", i.nameRu, "nameEn", i.nameEn, "area",
                i.area == null ? null : i.area.nameRu, "unit", i.unit, "decimals", i.decimals, "polarity", i.polarity,
                "level", i.level, "periodicity", i.periodicity, "scaleMin", plain(i.scaleMin), "scaleMax",
                plain(i.scaleMax), "description", i.description, "formula", i.formula, "source", i.source);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

}
