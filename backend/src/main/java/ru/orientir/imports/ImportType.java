package ru.orientir.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a file holds, with the columns of CONTRACT.md «Bulk files» (required first). {@code year_label} and
 * {@code category_label} are what an export adds for people («2019/20», «Математика, 4 класс»); an import
 * accepts them so that an export re-imports, and reads past them ({@code year} and {@code category} count).
 */
public enum ImportType {
    VALUES(
            List.of("municipality", "indicator", "year", "value"),
            List.of(
                    "organization",
                    "period",
                    "category",
                    "qualifier",
                    "numerator",
                    "denominator",
                    "comment",
                    "source",
                    "year_label",
                    "category_label")),
    TARGETS(
            List.of("municipality", "indicator", "year", "value"),
            List.of("comparator", "value_to", "kind", "organization", "category", "comment", "source", "year_label")),
    INDICATORS(
            List.of("code", "name_ru", "unit"),
            List.of(
                    "name_en",
                    "area",
                    "polarity",
                    "decimals",
                    "level",
                    "periodicity",
                    "deadline",
                    "responsible",
                    "scale_min",
                    "scale_max",
                    "bands",
                    "categories",
                    "dimensions",
                    "description",
                    "formula",
                    "source")),
    ORGANIZATIONS(List.of("municipality", "code", "name"), List.of("type")),
    MUNICIPALITIES(List.of("code", "name", "region"), List.of("type", "oktmo")),
    REGIONS(List.of("code", "name"), List.of()),
    /** Registers of organizations: one row per member, see GroupsImporter. */
    GROUPS(List.of("municipality", "group", "organization"), List.of("name", "year_from", "year_to", "description")),
    /** Plans' activities and (kind goal, project, task) their tree nodes, see ActivitiesImporter. */
    ACTIVITIES(
            List.of("plan", "code", "title"),
            List.of(
                    "due",
                    "responsible",
                    "result",
                    "status",
                    "indicators",
                    "organizations",
                    "kind",
                    "parent",
                    "recurrence",
                    "result_indicator",
                    "result_target",
                    "groups"));

    /**
     * The columns a formatted XLSX export adds for people after the contract's (Russian headers: the indicator's
     * name, unit and area, the target or fact of the year, the status): a values or targets import reads past them,
     * so that such an export re-imports unchanged.
     */
    public static final List<String> FOR_PEOPLE = List.of(
            "Показатель: наименование",
            "Показатель: единица",
            "Показатель: направление",
            "Цель на год",
            "Факт за год",
            "Отклонение от цели",
            "Статус достижения");

    /** Whether a header column (normalized) is one an export adds for people, which this type reads past. */
    public boolean readsPast(String column) {
        return (this == VALUES || this == TARGETS)
                && FOR_PEOPLE.stream()
                        .anyMatch(h -> ru.orientir.files.Columns.normalize(h).equals(column));
    }

    public final List<String> required;
    public final List<String> optional;

    ImportType(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> columns() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The codes as the {@code type} parameter takes them. */
    public static List<String> codes() {
        return java.util.Arrays.stream(values()).map(ImportType::code).toList();
    }

    /** The type of this exact code (as checked by the parameter parser), or null. */
    public static ImportType parse(String s) {
        for (ImportType t : values()) {
            if (t.code().equals(s)) {
                return t;
            }
        }
        return null;
    }
}
