package ru.orientir.effects;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.TestIndicators;
import ru.orientir.effects.EffectDtos.Effect;
import ru.orientir.effects.EffectDtos.Item;
import ru.orientir.effects.EffectDtos.Summary;
import ru.orientir.support.Fixtures;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * The effect around 2022 (2021 against 2023) in Derbent: ef-drop (municipality level, lower is better)
 * 10 → 7; ef-grade (by grade, school ef-s) grade 4: 50 → 60, grade 5: 40 → none.
 */
@QuarkusTest
class EffectServiceTest {

    @Inject
    EffectService effects;

    private static boolean loaded;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Класс (эффект)",
                        "members",
                        List.of(Map.of("code", "4", "nameRu", "4 класс"), Map.of("code", "5", "nameRu", "5 класс"))))
                .put("/api/v1/dimensions/ef-g")
                .then()
                .statusCode(oneOf(200, 201));
        TestIndicators.put("ef-drop", "Доля пропусков (эффект)", "percent", Map.of("polarity", "lower"));
        TestIndicators.put(
                "ef-grade",
                "Средний балл (эффект)",
                "percent",
                Map.of("level", "organization", "dimensions", List.of("ef-g")));
        as("admin")
                .body(Map.of("name", "Школа ef-s", "type", "school"))
                .put("/api/v1/municipalities/derbent/organizations/ef-s")
                .then()
                .statusCode(oneOf(200, 201));
        String file = "municipality,organization,indicator,category,year,value\n"
                + "derbent,,ef-drop,,2021,10\n"
                + "derbent,,ef-drop,,2023,7\n"
                + "derbent,ef-s,ef-grade,ef-g=4,2021,50\n"
                + "derbent,ef-s,ef-grade,ef-g=4,2023,60\n"
                + "derbent,ef-s,ef-grade,ef-g=5,2021,40\n";
        as("admin")
                .contentType("text/csv; charset=UTF-8")
                .body(file)
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        loaded = true;
    }

    @Test
    @Transactional
    void theMunicipalityAsAWholeWhenNoSchoolIsNamed() {
        Municipality m = Municipality.byCode("derbent").orElseThrow();
        Indicator drop = Indicator.byCode("ef-drop").orElseThrow();
        Effect e = effects.effect(m, List.of(), List.of(new EffectService.Measure(drop, null)), 2022);
        assertEquals(2021, e.before());
        assertEquals(2023, e.after());
        assertEquals(1, e.items().size());
        Item i = e.items().get(0);
        assertNull(i.organization());
        assertEquals(new BigDecimal("10"), i.before());
        assertEquals(new BigDecimal("7"), i.after());
        assertEquals(new BigDecimal("-3"), i.change());
        assertEquals(true, i.improved());
        assertEquals("lower", i.direction());
    }

    @Test
    @Transactional
    void everyCategoryReportedOrTheOneNamed() {
        Municipality m = Municipality.byCode("derbent").orElseThrow();
        Organization s = Organization.byCode(m, "ef-s").orElseThrow();
        Indicator grade = Indicator.byCode("ef-grade").orElseThrow();
        Effect all = effects.effect(m, List.of(s), List.of(new EffectService.Measure(grade, null)), 2022);
        assertEquals(
                List.of("ef-g=4", "ef-g=5"),
                all.items().stream().map(Item::category).toList());
        assertEquals(new BigDecimal("10"), all.items().get(0).change());
        assertNull(all.items().get(1).after());
        assertEquals(new Summary(1, 0, 0, 1), all.summary());
        Effect one = effects.effect(m, List.of(s), List.of(new EffectService.Measure(grade, "ef-g=5")), 2022);
        assertEquals(1, one.items().size());
        assertEquals("ef-s", one.items().get(0).organization());
        assertNull(one.items().get(0).improved());
        // nothing reported around 2030: the indicator shows as missing, in the total
        Effect none = effects.effect(m, List.of(s), List.of(new EffectService.Measure(grade, null)), 2030);
        assertEquals(1, none.items().size());
        assertNull(none.items().get(0).category());
        assertEquals(new Summary(0, 0, 0, 1), none.summary());
    }
}
