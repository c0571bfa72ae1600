package ru.orientir.scorecards;

import static ru.orientir.common.Pages.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.scorecards.ScorecardDtos.ItemInput;
import ru.orientir.scorecards.ScorecardDtos.ScorecardInput;

/** The one check of a scorecard's definition. */
public final class ScorecardRules {

    public static final int MAX_ITEMS = 100;
    private static final List<String> COMPARATORS = List.of("gt", "ge", "lt", "le", "eq");

    private ScorecardRules() {}

    public static List<ScorecardItem> check(Checks c, String code, ScorecardInput in) {
        c.code("code", code);
        if (in == null) {
            c.required("name", null);
            c.required("level", null);
            c.required("items", null);
            return List.of();
        }
        c.sameCode("code", in.code(), code);
        if (c.required("name", in.name())) {
            c.maxLength("name", in.name(), 300);
        }
        c.maxLength("description", in.description(), 5000);
        if (c.required("level", in.level())) {
            c.oneOf("level", in.level(), Scorecard.LEVELS);
        }
        if (in.areaWeights() != null) {
            in.areaWeights().forEach((area, w) -> weight(c, "areaWeights." + area, w));
        }
        if (in.items() == null || in.items().isEmpty()) {
            c.add("items", "required", "У рейтинга должен быть хотя бы один пункт");
            return List.of();
        }
        if (in.items().size() > MAX_ITEMS) {
            c.add("items", "too_many", "У рейтинга не может быть больше " + MAX_ITEMS + " пунктов");
            return List.of();
        }
        List<ScorecardItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < in.items().size(); i++) {
            Checks part = new Checks();
            ScorecardItem item = item(part, in.level(), in.items().get(i), codes);
            c.nested("items[" + i + "]", part);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static ScorecardItem item(Checks c, String level, ItemInput in, Set<String> codes) {
        if (in == null) {
            c.required("code", null);
            return null;
        }
        c.code("code", in.code());
        if (in.code() != null && !codes.add(in.code())) {
            c.add("code", "duplicate", "Код пункта «" + in.code() + "» повторяется");
        }
        c.maxLength("name", in.name(), 300);
        ScorecardItem item = new ScorecardItem();
        item.code = in.code();
        item.name = blankToNull(in.name());
        item.indicator = indicator(c, level, in.indicator());
        String category = in.category() == null ? "" : in.category().trim();
        item.category = item.indicator == null || category.isEmpty()
                ? category
                : ValueChecks.category(c, item.indicator, category);
        if (c.required("method", blankToNull(in.method()))) {
            c.oneOf("method", in.method(), Scorecard.METHODS);
        }
        item.method = in.method();
        method(c, in, item);
        if (in.weight() != null) {
            weight(c, "weight", in.weight());
            item.weight = in.weight();
        }
        item.area = blankToNull(in.area());
        return item.indicator == null ? null : item;
    }

    private static Indicator indicator(Checks c, String level, String code) {
        if (!c.required("indicator", code)) {
            return null;
        }
        Indicator ind = Indicator.byCode(code.trim()).orElse(null);
        if (ind == null) {
            c.add("indicator", "unknown_indicator", "Показатель «" + code + "» не найден в каталоге");
        } else if ("organization".equals(level) && !"organization".equals(ind.level)) {
            c.add(
                    "indicator",
                    "level_mismatch",
                    "Показатель «" + ind.code + "» ведётся по муниципалитету в целом, а рейтинг оценивает организации");
        }
        return ind;
    }

    /** What each method needs: points (not for bands), a comparator and a value for threshold, bands for bands. */
    private static void method(Checks c, ItemInput in, ScorecardItem item) {
        if ("bands".equals(in.method())) {
            bands(c, in.bands());
            item.bands = in.bands();
            return;
        }
        if (c.required("points", in.points())) {
            c.finite("points", in.points());
            item.points = in.points();
        }
        if ("threshold".equals(in.method())) {
            if (c.required("comparator", blankToNull(in.comparator()))) {
                c.oneOf("comparator", in.comparator(), COMPARATORS);
            }
            if (c.required("value", in.value())) {
                c.finite("value", in.value());
            }
            item.comparator = in.comparator();
            item.threshold = in.value();
        }
    }

    private static void bands(Checks c, List<ScoreBand> bands) {
        if (bands == null || bands.isEmpty()) {
            c.add("bands", "required", "Для способа «bands» укажите диапазоны (from, to, points)");
            return;
        }
        for (int i = 0; i < bands.size(); i++) {
            ScoreBand b = bands.get(i);
            String f = "bands[" + i + "]";
            if (b == null || b.points() == null) {
                c.add(f + ".points", "required", "Диапазон " + (i + 1) + ": укажите баллы (points)");
                continue;
            }
            if (b.from() == null && b.to() == null) {
                c.add(f, "open_band", "Диапазон " + (i + 1) + ": укажите хотя бы одну границу (from или to)");
            }
            if (b.from() != null && b.to() != null && b.from().compareTo(b.to()) > 0) {
                c.add(f + ".to", "band_inverted", "Диапазон " + (i + 1) + ": верхняя граница меньше нижней");
            }
        }
    }

    private static void weight(Checks c, String field, BigDecimal w) {
        if (w == null || w.signum() <= 0) {
            c.add(field, "out_of_range", "Вес должен быть больше 0");
        } else {
            c.finite(field, w);
        }
    }
}
