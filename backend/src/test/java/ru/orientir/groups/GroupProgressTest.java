package ru.orientir.groups;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/**
 * A register's schools against the rest of the municipality, and group= on the lists and exports. Derbent,
 * school-year indicator gp-score, register gp-reg = {gp-1, gp-2}, other schools gp-3, gp-4:
 *
 * <pre>
 *          gp-1  gp-2  gp-3  gp-4 | group            rest        municipal            gap
 *   2019    60    70    80    90  | 65    (2)        85   (2)    75                   -20
 *   2020    66    71    81     –  | 68.5  (2)        81   (1)    218/3 = 72.6667      -12.5
 *   2021     –     –    85     –  | null  (0)        85   (1)    85                   null
 * </pre>
 *
 * plus a municipality-level value (50, 2019) and a category «девочки» of gp-1 (10, 2019), which do not count
 * in the total.
 */
@QuarkusTest
class GroupProgressTest {

    private static final String M = "derbent";
    private static final String IND = "gp-score";
    private static final String REG = "/api/v1/municipalities/derbent/groups/gp-reg";
    private static boolean done;

    @BeforeEach
    void data() {
        Fixtures.territory();
        if (done) {
            return;
        }
        as("admin")
                .body(Map.of(
                        "nameRu",
                        "Средний балл (реестр)",
                        "unit",
                        "score",
                        "area",
                        "Результаты обучения",
                        "polarity",
                        "higher",
                        "level",
                        "organization",
                        "periodicity",
                        "school_year",
                        "categories",
                        List.of("девочки")))
                .put("/api/v1/indicators/" + IND)
                .then()
                .statusCode(oneOf(200, 201));
        for (String s : List.of("gp-1", "gp-2", "gp-3", "gp-4")) {
            as("admin")
                    .body(Map.of("name", "Школа " + s, "type", "school"))
                    .put("/api/v1/municipalities/derbent/organizations/" + s)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        value("gp-1", 2019, 60, null);
        value("gp-2", 2019, 70, null);
        value("gp-3", 2019, 80, null);
        value("gp-4", 2019, 90, null);
        value("gp-1", 2020, 66, null);
        value("gp-2", 2020, 71, null);
        value("gp-3", 2020, 81, null);
        value("gp-3", 2021, 85, null);
        value("gp-1", 2019, 10, "девочки");
        value(null, 2019, 50, null);
        for (String s : List.of("gp-1", "gp-3")) {
            as("derbent-editor")
                    .body(Map.of(
                            "municipality",
                            M,
                            "indicator",
                            IND,
                            "year",
                            2021,
                            "value",
                            75,
                            "comparator",
                            "ge",
                            "organization",
                            s))
                    .put("/api/v1/targets")
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        as("derbent-editor")
                .body(Map.of(
                        "name",
                        "ШНОР 2019–2020",
                        "yearFrom",
                        2019,
                        "yearTo",
                        2020,
                        "organizations",
                        List.of("gp-1", "gp-2")))
                .put(REG)
                .then()
                .statusCode(oneOf(200, 201));
        done = true;
    }

    private static void value(String school, int year, int value, String category) {
        Map<String, Object> body =
                new HashMap<>(Map.of("municipality", M, "indicator", IND, "year", year, "value", value));
        if (school != null) {
            body.put("organization", school);
        }
        if (category != null) {
            body.put("category", category);
        }
        as("derbent-editor").body(body).put("/api/v1/values").then().statusCode(oneOf(200, 201));
    }

    @Test
    void theRegistersSchoolsAgainstTheRestYearByYear() {
        as("derbent-viewer")
                .get(REG + "/progress?indicator=" + IND)
                .then()
                .statusCode(200)
                .body("group", is("gp-reg"))
                .body("name", is("ШНОР 2019–2020"))
                .body("yearFrom", is(2019))
                .body("yearTo", is(2020))
                .body("indicator", is(IND))
                .body("indicatorName", is("Средний балл (реестр)"))
                .body("unit", is("score"))
                .body("polarity", is("higher"))
                .body("category", is(""))
                .body("years.year", contains(2019, 2020, 2021))
                .body("years.yearLabel", contains("2019/20", "2020/21", "2021/22"))
                .body("years.groupCount", contains(2, 2, 0))
                .body("years.restCount", contains(2, 1, 1))
                .body("years[0].groupAverage", is(65))
                .body("years[0].restAverage", is(85))
                .body("years[0].municipalAverage", is(75))
                .body("years[0].gap", is(-20))
                .body("years[1].groupAverage", is(68.5f))
                .body("years[1].restAverage", is(81))
                .body("years[1].municipalAverage", is(72.6667f))
                .body("years[1].gap", is(-12.5f))
                .body("years[2].groupAverage", nullValue())
                .body("years[2].restAverage", is(85))
                .body("years[2].gap", nullValue());
        as("derbent-viewer")
                .get(REG + "/progress?indicator=" + IND + "&category=девочки&yearTo=2020")
                .then()
                .statusCode(200)
                .body("category", is("девочки"))
                .body("years.year", contains(2019))
                .body("years[0].groupAverage", is(10))
                .body("years[0].restAverage", nullValue())
                .body("years[0].gap", nullValue());
        as("derbent-viewer")
                .get(REG + "/progress?indicator=" + IND + "&yearFrom=2020&yearTo=2020")
                .then()
                .body("years.year", contains(2020));
    }

    @Test
    void progressMistakesAndScope() {
        as("derbent-viewer").get(REG + "/progress").then().statusCode(400).body("errors[0].field", is("indicator"));
        as("derbent-viewer")
                .get(REG + "/progress?indicator=no-such")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("indicator"));
        as("derbent-viewer")
                .get(REG + "/progress?indicator=" + IND + "&category=мальчики")
                .then()
                .statusCode(422)
                .body("errors[0].code", is("unknown_category"));
        as("derbent-viewer")
                .get("/api/v1/municipalities/derbent/groups/no-such/progress?indicator=" + IND)
                .then()
                .statusCode(404);
        as("tula-editor").get(REG + "/progress?indicator=" + IND).then().statusCode(403);
        as("anonymous").get(REG + "/progress?indicator=" + IND).then().statusCode(401);
    }

    @Test
    void listsAndExportsTakeAGroup() {
        List<String> schools = as("derbent-viewer")
                .get("/api/v1/values?municipality=derbent&indicator=" + IND + "&group=gp-reg&size=100")
                .then()
                .statusCode(200)
                .body("total", is(5))
                .extract()
                .path("items.organization");
        assertEquals(Set.of("gp-1", "gp-2"), new TreeSet<>(schools));
        as("derbent-viewer")
                .get("/api/v1/targets?municipality=derbent&indicator=" + IND + "&group=gp-reg")
                .then()
                .statusCode(200)
                .body("items.organization", contains("gp-1"));
        String csv = as("derbent-viewer")
                .get("/api/v1/values/export?municipality=derbent&indicator=" + IND + "&group=gp-reg&year=2020")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(2, lines.size(), csv);
        lines.forEach(l -> assertEquals(true, l.contains(",gp-1,") || l.contains(",gp-2,"), l));
        as("derbent-viewer")
                .get("/api/v1/targets/export?municipality=derbent&indicator=" + IND + "&group=gp-reg&format=csv")
                .then()
                .statusCode(200)
                .body(containsString("gp-1"), not(containsString("gp-3")));
        as("derbent-viewer")
                .get("/api/v1/values?group=gp-reg")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("group"))
                .body("errors[0].code", is("municipality_required"));
        as("derbent-viewer")
                .get("/api/v1/values?municipality=derbent&group=no-such")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("group"))
                .body("errors[0].message", is("Реестр «no-such» муниципалитета «derbent» не найден"));
        as("derbent-viewer")
                .get("/api/v1/values/export?municipality=derbent&group=no-such")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("group"));
        as("tula-editor")
                .get("/api/v1/values?municipality=derbent&group=gp-reg")
                .then()
                .statusCode(403);
    }
}
