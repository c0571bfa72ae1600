package ru.orientir.catalogue;

import static ru.orientir.common.Pages.blankToNull;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import ru.orientir.calendar.DeadlineRule;
import ru.orientir.calendar.Periodicity;
import ru.orientir.catalogue.CatalogueDtos.IndicatorInput;
import ru.orientir.common.Checks;
import ru.orientir.common.Decimals;

/**
 * The rules of an indicator definition, the same for PUT /indicators/{code} and every row of an
 * indicators file: code (not the reserved «areas»), names and lengths, unit and the other
 * enumerations, decimals, scale, bands, categories and dimensions. Field names are those of {@link IndicatorInput}.
 */
public final class IndicatorRules {

    /** Path segment next to the codes (GET /indicators/areas), so no indicator may be called so. */
    public static final String RESERVED_CODE = "areas";

    public static final int MAX_NAME = 1000;
    public static final int MAX_AREA = 300;
    public static final int MAX_BAND_LABEL = 200;

    private IndicatorRules() {}

    /**
     * Checks an indicator to be written under {@code code}. {@code existing} is the indicator stored
     * under that code (null for a new one); {@code existingHasData} is asked only when the unit changes.
     */
    public static void validate(
            Checks c, String code, IndicatorInput in, Indicator existing, BooleanSupplier existingHasData) {
        validate(
                c, code, in, existing, existingHasData, d -> Dimension.byCode(d).orElse(null));
    }

    /** As above, with the catalogue's dimensions found by {@code dimensions} (null for an unknown code). */
    public static void validate(
            Checks c,
            String code,
            IndicatorInput in,
            Indicator existing,
            BooleanSupplier existingHasData,
            Function<String, Dimension> dimensions) {
        c.code("code", code);
        if (RESERVED_CODE.equalsIgnoreCase(code)) {
            c.add("code", "reserved_code", "Код «" + code + "» зарезервирован, выберите другой");
        }
        if (in == null) {
            c.required("nameRu", null);
            c.required("unit", null);
            return;
        }
        c.sameCode("code", in.code(), code);
        if (c.required("nameRu", in.nameRu())) {
            c.maxLength("nameRu", in.nameRu(), MAX_NAME);
        }
        c.maxLength("nameEn", in.nameEn(), MAX_NAME);
        c.maxLength("area", in.area(), MAX_AREA);
        c.maxLength("areaEn", in.areaEn(), MAX_AREA);
        if (c.required("unit", in.unit())) {
            c.oneOf("unit", in.unit(), Indicator.UNITS);
            if (existing != null && !in.unit().equals(existing.unit) && existingHasData.getAsBoolean()) {
                c.add(
                        "unit",
                        "unit_in_use",
                        "Единицу измерения показателя " + existing.code
                                + " нельзя сменить: по нему уже есть целевые или фактические значения (заведите новый показатель)");
            }
        }
        if (in.decimals() != null && (in.decimals() < 0 || in.decimals() > 6)) {
            c.add(
                    "decimals",
                    "out_of_range",
                    "Число знаков после запятой должно быть от 0 до 6, получено " + in.decimals());
        }
        c.oneOf("polarity", blankToNull(in.polarity()), Indicator.POLARITIES);
        c.oneOf("level", blankToNull(in.level()), Indicator.LEVELS);
        c.oneOf("periodicity", Periodicity.canonical(in.periodicity()), Indicator.PERIODICITIES);
        deadline(c, in.deadline());
        c.oneOf("responsible", blankToNull(in.responsible()), Indicator.RESPONSIBLES);
        c.oneOf("status", blankToNull(in.status()), Indicator.STATUSES);
        c.finite("scaleMin", in.scaleMin());
        c.finite("scaleMax", in.scaleMax());
        if (in.scaleMin() != null && in.scaleMax() != null && in.scaleMin().compareTo(in.scaleMax()) >= 0) {
            c.add(
                    "scaleMax",
                    "scale_inverted",
                    "Верхняя граница шкалы (" + plain(in.scaleMax()) + ") должна быть больше нижней ("
                            + plain(in.scaleMin()) + ")");
        }
        bands(c, in.bands());
        categories(c, in.categories());
        dimensions(c, in, existing, existingHasData, dimensions);
    }

    /**
     * The derived part of an indicator written through the API: a rule of organization level ({@code ruleLevel}
     * gives a rule's level, null for an unknown code), a measure, a municipality-level indicator of unit count
     * (flagged_count) or percent (the shares), and no facts typed in before ({@code hasValues}).
     */
    public static void derived(
            Checks c, IndicatorInput in, Function<String, String> ruleLevel, BooleanSupplier hasValues) {
        CatalogueDtos.Derived d = in == null ? null : in.derived();
        if (d == null) {
            return;
        }
        String rule = blankToNull(d.rule());
        if (c.required("derived.rule", rule)) {
            String level = ruleLevel.apply(rule.trim());
            if (level == null) {
                c.add("derived.rule", "unknown_rule", "Правило «" + rule + "» не найдено");
            } else if (!"organization".equals(level)) {
                c.add(
                        "derived.rule",
                        "rule_not_organization",
                        "Производный показатель считается по правилу уровня школ, а «" + rule + "» — правило "
                                + "уровня муниципалитетов");
            }
        }
        if (c.required("derived.measure", blankToNull(d.measure()))) {
            c.oneOf("derived.measure", d.measure(), Indicator.DERIVED_MEASURES);
        }
        if (d.measure() != null && Indicator.DERIVED_MEASURES.contains(d.measure())) {
            String unit = "flagged_count".equals(d.measure()) ? "count" : "percent";
            if (in.unit() != null && !unit.equals(in.unit())) {
                c.add(
                        "unit",
                        "derived_unit",
                        "Единица производного показателя «" + d.measure() + "» — " + unit + ", указано " + in.unit());
            }
        }
        if (blankToNull(in.level()) != null && !"municipality".equals(in.level().trim())) {
            c.add("level", "derived_level", "Производный показатель — показатель муниципалитета (level municipality)");
        }
        if (hasValues.getAsBoolean()) {
            c.add(
                    "derived",
                    "values_exist",
                    "По показателю уже введены фактические значения: производным может стать только показатель без них");
        }
    }

    /**
     * The deadline rule as written (API or file): null keeps the stored one, blank or «нет» removes it, anything
     * else must be one of the forms of {@link DeadlineRule#parse}.
     */
    private static void deadline(Checks c, String text) {
        if (text == null || text.isBlank() || DeadlineRule.clears(text)) {
            return;
        }
        try {
            DeadlineRule.parse(text);
        } catch (DeadlineRule.Invalid e) {
            c.add("deadline", e.code, e.getMessage());
        }
    }

    private static void dimensions(
            Checks c,
            IndicatorInput in,
            Indicator existing,
            BooleanSupplier existingHasData,
            Function<String, Dimension> lookup) {
        List<String> codes = in.dimensions() == null ? List.of() : in.dimensions();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < codes.size(); n++) {
            String d = codes.get(n);
            String f = "dimensions[" + n + "]";
            if (d == null || d.isBlank()) {
                c.add(f, "required", "Измерение " + (n + 1) + " пусто");
            } else if (!seen.add(d.trim())) {
                c.add(f, "duplicate", "Измерение «" + d + "» указано дважды");
            } else if (lookup.apply(d.trim()) == null) {
                c.add(f, "unknown_dimension", "Измерение «" + d + "» не найдено в каталоге (GET /api/v1/dimensions)");
            }
        }
        if (!codes.isEmpty() && in.categories() != null && !in.categories().isEmpty()) {
            c.add(
                    "categories",
                    "categories_with_dimensions",
                    "У показателя с измерениями категории задаются кодами измерений: список categories должен быть пуст");
        }
        if (existing != null && !existing.dimensions.isEmpty()) {
            List<String> was = existing.dimensions.stream().map(d -> d.code).toList();
            List<String> now =
                    codes.stream().map(d -> d == null ? null : d.trim()).toList();
            boolean appended =
                    now.size() >= was.size() && now.subList(0, was.size()).equals(was);
            if (!appended && existingHasData.getAsBoolean()) {
                c.add(
                        "dimensions",
                        "dimensions_in_use",
                        "Измерения показателя " + existing.code + " ("
                                + String.join(", ", was) + ") нельзя убрать или переставить: по нему уже есть данные; "
                                + "можно только добавить новые в конец");
            }
        }
    }

    private static void bands(Checks c, List<Band> bands) {
        if (bands == null) {
            return;
        }
        for (int n = 0; n < bands.size(); n++) {
            Band b = bands.get(n);
            String f = "bands[" + n + "]";
            if (b == null) {
                c.add(f, "required", "Полоса шкалы " + (n + 1) + " пуста");
                continue;
            }
            c.finite(f + ".from", b.from());
            c.finite(f + ".to", b.to());
            c.finite(f + ".score", b.score());
            if (b.from() == null && b.to() == null) {
                c.add(
                        f,
                        "unbounded_band",
                        "Полоса шкалы " + (n + 1) + " должна иметь хотя бы одну границу (from или to)");
            } else if (b.from() != null && b.to() != null && b.from().compareTo(b.to()) >= 0) {
                c.add(
                        f + ".to",
                        "band_inverted",
                        "Полоса шкалы " + (n + 1) + ": верхняя граница " + plain(b.to()) + " должна быть больше нижней "
                                + plain(b.from()));
            }
            if (c.required(f + ".label", b.label())) {
                c.maxLength(f + ".label", b.label(), MAX_BAND_LABEL);
            }
        }
    }

    private static void categories(Checks c, List<String> categories) {
        if (categories == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < categories.size(); n++) {
            String cat = categories.get(n);
            String f = "categories[" + n + "]";
            if (cat == null || cat.isBlank()) {
                c.add(f, "required", "Категория " + (n + 1) + " пуста");
            } else if (cat.length() > ValueChecks.MAX_CATEGORY) {
                c.add(f, "too_long", "Категория «" + cat + "» длиннее " + ValueChecks.MAX_CATEGORY + " символов");
            } else if (!seen.add(cat.trim())) {
                c.add(f, "duplicate", "Категория «" + cat + "» указана дважды");
            }
        }
    }

    private static String plain(BigDecimal v) {
        return Decimals.exact(v).toPlainString();
    }
}
