package ru.orientir.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.orientir.calendar.DeadlineRule;
import ru.orientir.common.Decimals;

/** The JSON shapes of the indicator catalogue. */
public final class CatalogueDtos {

    static final String DIMENSIONS = "Codes of the catalogue's dimensions (GET /dimensions) the indicator is "
            + "disaggregated by, in order. A value's category is then '' (the total) or dim=member pairs joined by ';' "
            + "in this order, e.g. subject=math;grade=4 (a pair left out is the total over that dimension); "
            + "free-text categories are then not allowed. Only appending is allowed once the indicator has data.";

    static final String DERIVED = "Set for a derived indicator of the municipality: its facts are computed from the "
            + "current values by a risk rule of organization level (never typed in: a value written for it is refused "
            + "with 422 on indicator), with targets and attainment like any other. flagged_count: the municipality's "
            + "schools the rule flags for the year (unit count); flagged_share: those as a percentage of its schools "
            + "judged, i.e. that reported a value of one of the rule's conditions in the year's window (unit percent); "
            + "improved_share: of its schools flagged for the year before, the percentage that improved (unit "
            + "percent): that reported in the last year of the window and, comparing each condition's value there "
            + "with the year before, improved in at least one and got worse in none, a condition improving away from "
            + "what it flags (down for gt, ge, above the average; up for lt, le, below the average, none or zero; by "
            + "the indicator's polarity for eq; an absent value is 0 for none or zero and not compared otherwise). "
            + "A year has a fact only when one of the municipality's schools reported in the last year of its window.";

    static final String PERIODICITY = "How often the figures are collected, and so which periods values take (period):"
            + " calendar_year and school_year only the whole year (period ''); quarter Q1–Q4 (2024-Q1) and the"
            + " year's total ''; half_year H1–H2 (2024-H1); month M01–M12 (2024-03); week ISO weeks W01–W53"
            + " (2024-W07). For school_year, values and targets are keyed by the year the school year starts in"
            + " (2019 is 2019/20) and carry yearLabel «2019/20»";

    static final String DEADLINE = "When a period's figures are due, in its canonical Russian form: «через 10 дней"
            + " после окончания периода» (days after the period's last day), «до 20 числа следующего месяца» (a day"
            + " of the month after the period ends), «до 1 сентября» (the first such date after the period ends);"
            + " due on that day inclusive, late from the next. Written also as «через 10 дней после окончания"
            + " квартала», «не позднее 20-го числа месяца, следующего за отчётным», «до 01.09», or as a code"
            + " after_end:10, day_of_next_month:20, fixed_date:09-01 (month-day). The due board"
            + " (GET /due) lists an indicator's periods only when it has a deadline";

    static final String RESPONSIBLE = "Who submits the figures on the calendar: organization (the schools, each its"
            + " own) or municipality; by default organization for an organization-level indicator, else municipality";

    private CatalogueDtos() {}

    @Schema(
            name = "IndicatorDerived",
            requiredProperties = {"rule", "measure"},
            description = DERIVED)
    public record Derived(
            @Schema(description = "The risk rule's code (organization level)") String rule,
            @Schema(enumeration = {"flagged_count", "flagged_share", "improved_share"}) String measure) {}

    @Schema(
            name = "Indicator",
            requiredProperties = {
                "code",
                "nameRu",
                "unit",
                "decimals",
                "polarity",
                "level",
                "periodicity",
                "periodicityLabel",
                "status",
                "version"
            })
    public record IndicatorDto(
            String code,
            String nameRu,
            String nameEn,
            @Schema(description = "Direction («направление») in Russian") String area,
            String areaEn,
            @Schema(description = "Code of the direction in the managed list (GET /areas)") String areaCode,
            @Schema(
                            enumeration = {
                                "percent",
                                "persons",
                                "count",
                                "score",
                                "rubles",
                                "thousand_rubles",
                                "million_rubles",
                                "ratio",
                                "yes_no",
                                "places",
                                "rank",
                                "years",
                                "other"
                            })
                    String unit,
            int decimals,
            @Schema(enumeration = {"higher", "lower"}) String polarity,
            BigDecimal scaleMin,
            BigDecimal scaleMax,
            List<Band> bands,
            @Schema(enumeration = {"municipality", "organization"}) String level,
            @Schema(
                            enumeration = {"calendar_year", "school_year", "quarter", "month", "week", "half_year"},
                            description = PERIODICITY)
                    String periodicity,
            @Schema(
                            description = "The periodicity as people read it: «Учебный год», «Календарный год», "
                                    + "«Квартал», «Месяц», «Неделя» or «Полугодие»",
                            example = "Учебный год")
                    String periodicityLabel,
            @Schema(description = DEADLINE, example = "до 20 числа следующего месяца") String deadline,
            @Schema(description = "The deadline rule as stored (absent when the indicator has none)")
                    DeadlineRule deadlineRule,
            @Schema(
                            enumeration = {"municipality", "organization"},
                            description = RESPONSIBLE)
                    String responsible,
            @Schema(
                            description =
                                    "Free-text disaggregation categories allowed for values, for an indicator without "
                                            + "dimensions")
                    List<String> categories,
            @Schema(description = DIMENSIONS) List<String> dimensions,
            String description,
            String formula,
            String numerator,
            String denominator,
            String source,
            @Schema(enumeration = {"active", "archived"}) String status,
            @Schema(description = DERIVED) Derived derived,
            int version,
            @Schema(
                            description = "Lists and GET /indicators/{code}: how many municipalities keep figures"
                                    + " (values or targets) of the indicator, whoever the caller is")
                    Integer municipalityCount,
            @Schema(
                            description = "Lists and GET /indicators/{code}: a common, comparable indicator (figures"
                                    + " in more than one municipality); the SPA marks it «общий» and the comparison"
                                    + " offers it first")
                    Boolean shared,
            @Schema(description = "Lists and GET /indicators/{code}: the latest year with a value, if any")
                    Integer latestYear,
            @Schema(
                            description = "Lists and GET /indicators/{code}: the latest year in which more than one"
                                    + " municipality has a value (where a comparison has data), if any")
                    Integer comparableYear) {

        /** The indicator with how widely it is kept. */
        public IndicatorDto with(IndicatorReach.Usage u) {
            return new IndicatorDto(
                    code,
                    nameRu,
                    nameEn,
                    area,
                    areaEn,
                    areaCode,
                    unit,
                    decimals,
                    polarity,
                    scaleMin,
                    scaleMax,
                    bands,
                    level,
                    periodicity,
                    periodicityLabel,
                    deadline,
                    deadlineRule,
                    responsible,
                    categories,
                    dimensions,
                    description,
                    formula,
                    numerator,
                    denominator,
                    source,
                    status,
                    derived,
                    version,
                    u.municipalityCount(),
                    u.shared(),
                    u.latestYear(),
                    u.comparableYear());
        }

        public static IndicatorDto of(Indicator i) {
            return new IndicatorDto(
                    i.code,
                    i.nameRu,
                    i.nameEn,
                    i.area == null ? null : i.area.nameRu,
                    i.area == null ? null : i.area.nameEn,
                    i.area == null ? null : i.area.code,
                    i.unit,
                    i.decimals,
                    i.polarity,
                    Decimals.exact(i.scaleMin),
                    Decimals.exact(i.scaleMax),
                    exact(i.bands),
                    i.level,
                    i.periodicity,
                    SchoolYear.periodicityLabel(i.periodicity),
                    i.deadline() == null ? null : i.deadline().label(),
                    i.deadline(),
                    i.responsible(),
                    i.categories == null ? null : List.copyOf(i.categories),
                    i.dimensions.stream().map(d -> d.code).toList(),
                    i.description,
                    i.formula,
                    i.numerator,
                    i.denominator,
                    i.source,
                    i.status,
                    i.derivedRule == null ? null : new Derived(i.derivedRule, i.derivedMeasure),
                    i.version,
                    null,
                    null,
                    null,
                    null);
        }

        /** Bands as typed (without the padding of stored numbers), comparable with equals. */
        static List<Band> exact(List<Band> bands) {
            return bands == null
                    ? null
                    : bands.stream()
                            .map(b -> new Band(
                                    Decimals.exact(b.from()),
                                    Decimals.exact(b.to()),
                                    b.label(),
                                    Decimals.exact(b.score())))
                            .toList();
        }
    }

    /** What a client sends to create or update an indicator; what GET returns may be sent back as is. */
    @Schema(
            name = "IndicatorInput",
            example = "{\"nameRu\": \"Доля выпускников, сдавших ЕГЭ по математике\", "
                    + "\"area\": \"Общее образование\", \"unit\": \"percent\", \"decimals\": 1, \"polarity\": \"higher\", "
                    + "\"scaleMin\": 0, \"scaleMax\": 100, \"level\": \"municipality\"}")
    @JsonIgnoreProperties({"version", "periodicityLabel", "areaCode", "deadlineRule"})
    public record IndicatorInput(
            @Schema(description = "Optional; must equal the code in the path") String code,
            @Schema(required = true) String nameRu,
            String nameEn,
            @Schema(description = "Direction in Russian; created when new") String area,
            String areaEn,
            @Schema(
                            required = true,
                            enumeration = {
                                "percent",
                                "persons",
                                "count",
                                "score",
                                "rubles",
                                "thousand_rubles",
                                "million_rubles",
                                "ratio",
                                "yes_no",
                                "places",
                                "rank",
                                "years",
                                "other"
                            })
                    String unit,
            @Schema(description = "0 to 6, default 1") Integer decimals,
            @Schema(
                            enumeration = {"higher", "lower"},
                            description = "default higher")
                    String polarity,
            BigDecimal scaleMin,
            BigDecimal scaleMax,
            List<Band> bands,
            @Schema(
                            enumeration = {"municipality", "organization"},
                            description = "default municipality")
                    String level,
            @Schema(
                            enumeration = {"calendar_year", "school_year", "quarter", "month", "week", "half_year"},
                            description = PERIODICITY + " Default calendar_year for a new indicator; left out, an "
                                    + "existing indicator keeps its own. Also read: monthly, ежемесячно, weekly, "
                                    + "еженедельно, quarterly, ежеквартально, полугодие, ежегодно, учебный год.")
                    String periodicity,
            List<String> categories,
            @Schema(description = DIMENSIONS) List<String> dimensions,
            String description,
            String formula,
            String numerator,
            String denominator,
            String source,
            @Schema(
                            enumeration = {"active", "archived"},
                            description = "default active")
                    String status,
            @Schema(description = DERIVED + " Set only through this API (an indicators file keeps what is stored).")
                    Derived derived,
            @Schema(
                            description =
                                    DEADLINE + " Left out (null), the stored rule is kept; '' or «нет» removes it.",
                            example = "через 10 дней после окончания квартала")
                    String deadline,
            @Schema(
                            enumeration = {"municipality", "organization"},
                            description = RESPONSIBLE + " Left out, the stored one is kept; '' returns to the default.")
                    String responsible) {

        /** An indicator with the calendar fields left out (kept as stored). */
        public IndicatorInput(
                String code,
                String nameRu,
                String nameEn,
                String area,
                String areaEn,
                String unit,
                Integer decimals,
                String polarity,
                BigDecimal scaleMin,
                BigDecimal scaleMax,
                List<Band> bands,
                String level,
                String periodicity,
                List<String> categories,
                List<String> dimensions,
                String description,
                String formula,
                String numerator,
                String denominator,
                String source,
                String status,
                Derived derived) {
            this(
                    code,
                    nameRu,
                    nameEn,
                    area,
                    areaEn,
                    unit,
                    decimals,
                    polarity,
                    scaleMin,
                    scaleMax,
                    bands,
                    level,
                    periodicity,
                    categories,
                    dimensions,
                    description,
                    formula,
                    numerator,
                    denominator,
                    source,
                    status,
                    derived,
                    null,
                    null);
        }

        /** An indicator that is not derived. */
        public IndicatorInput(
                String code,
                String nameRu,
                String nameEn,
                String area,
                String areaEn,
                String unit,
                Integer decimals,
                String polarity,
                BigDecimal scaleMin,
                BigDecimal scaleMax,
                List<Band> bands,
                String level,
                String periodicity,
                List<String> categories,
                List<String> dimensions,
                String description,
                String formula,
                String numerator,
                String denominator,
                String source,
                String status) {
            this(
                    code,
                    nameRu,
                    nameEn,
                    area,
                    areaEn,
                    unit,
                    decimals,
                    polarity,
                    scaleMin,
                    scaleMax,
                    bands,
                    level,
                    periodicity,
                    categories,
                    dimensions,
                    description,
                    formula,
                    numerator,
                    denominator,
                    source,
                    status,
                    null);
        }

        /** An indicator without dimensions. */
        public IndicatorInput(
                String code,
                String nameRu,
                String nameEn,
                String area,
                String areaEn,
                String unit,
                Integer decimals,
                String polarity,
                BigDecimal scaleMin,
                BigDecimal scaleMax,
                List<Band> bands,
                String level,
                String periodicity,
                List<String> categories,
                String description,
                String formula,
                String numerator,
                String denominator,
                String source,
                String status) {
            this(
                    code,
                    nameRu,
                    nameEn,
                    area,
                    areaEn,
                    unit,
                    decimals,
                    polarity,
                    scaleMin,
                    scaleMax,
                    bands,
                    level,
                    periodicity,
                    categories,
                    null,
                    description,
                    formula,
                    numerator,
                    denominator,
                    source,
                    status);
        }
    }

    @Schema(
            name = "IndicatorArea",
            description = "A direction of the catalogue with the number of its indicators",
            requiredProperties = {"count"})
    public record AreaDto(String area, String areaEn, long count) {}
}
