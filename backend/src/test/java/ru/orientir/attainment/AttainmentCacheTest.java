package ru.orientir.attainment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attainment pages, summaries and rankings are kept per data version (AttainmentService): every committed change
 * of what they show — a value, a target, a register's members — is seen by the very next read, and an answer
 * kept for one caller is never given to another who may not see it.
 */
@QuarkusTest
class AttainmentCacheTest {

    private static final String TOWN = "cch-town";
    private static final int YEAR = 2061;
    private static boolean loaded;

    @BeforeEach
    void data() {
        if (loaded) {
            return;
        }
        as("admin")
                .body(Map.of("name", "Кэш-область"))
                .put("/api/v1/regions/cch-oblast")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of("name", "Кэш-город", "region", "cch-oblast", "type", "urban_okrug"))
                .put("/api/v1/municipalities/" + TOWN)
                .then()
                .statusCode(oneOf(200, 201));
        for (String school : List.of("c1", "c2")) {
            as("admin")
                    .body(Map.of("name", "Школа " + school, "type", "school"))
                    .put("/api/v1/municipalities/" + TOWN + "/organizations/" + school)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        indicator("cch-mun", "municipality");
        indicator("cch-sch", "organization");
        write("/api/v1/targets", body("cch-mun", null, "50", "ge"));
        write("/api/v1/values", body("cch-mun", null, "10", null));
        for (String school : List.of("c1", "c2")) {
            write("/api/v1/targets", body("cch-sch", school, "50", "ge"));
            write("/api/v1/values", body("cch-sch", school, "60", null));
        }
        as("admin")
                .body(Map.of("name", "Кэш-перечень", "yearFrom", YEAR, "yearTo", YEAR, "organizations", List.of("c1")))
                .put("/api/v1/municipalities/" + TOWN + "/groups/cch-g")
                .then()
                .statusCode(oneOf(200, 201));
        loaded = true;
    }

    @Test
    void aValueWrittenAfterAReadIsInTheNextPageSummaryAndRanking() {
        page("indicator=cch-mun").body("items[0].fact", is(10)).body("items[0].status", is("not_met"));
        summary().body("notMet", is(1));
        ranking().body("items.find { it.municipality == '" + TOWN + "' }.fact", is(10));

        write("/api/v1/values", body("cch-mun", null, "70", null));

        page("indicator=cch-mun").body("items[0].fact", is(70)).body("items[0].status", is("met"));
        summary().body("notMet", is(0));
        ranking().body("items.find { it.municipality == '" + TOWN + "' }.fact", is(70));
        write("/api/v1/values", body("cch-mun", null, "10", null));
    }

    @Test
    void aRegistersNewMemberIsInTheNextPageFilteredByTheRegister() {
        page("indicator=cch-sch&group=cch-g").body("items.organization", contains(null, "c1"));
        as("admin")
                .body(Map.of(
                        "name", "Кэш-перечень", "yearFrom", YEAR, "yearTo", YEAR, "organizations", List.of("c1", "c2")))
                .put("/api/v1/municipalities/" + TOWN + "/groups/cch-g")
                .then()
                .statusCode(200);
        page("indicator=cch-sch&group=cch-g").body("items.organization", contains(null, "c1", "c2"));
    }

    @Test
    void anAnswerKeptForTheMinistryIsNotGivenToACallerWhoMayNotSeeTheMunicipality() {
        page("indicator=cch-mun").body("total", is(1));
        as("kaluga-editor")
                .get("/api/v1/attainment?municipality=" + TOWN + "&year=" + YEAR + "&indicator=cch-mun")
                .then()
                .statusCode(403);
        as("kaluga-editor")
                .get("/api/v1/attainment/ranking?indicator=cch-mun&year=" + YEAR)
                .then()
                .statusCode(200)
                .body("items.municipality", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(TOWN)));
    }

    private static io.restassured.response.ValidatableResponse page(String filter) {
        return as("ministry")
                .get("/api/v1/attainment?municipality=" + TOWN + "&year=" + YEAR + "&" + filter)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse summary() {
        return as("ministry")
                .get("/api/v1/attainment/summary?municipality=" + TOWN + "&year=" + YEAR)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse ranking() {
        return as("ministry")
                .get("/api/v1/attainment/ranking?indicator=cch-mun&year=" + YEAR)
                .then()
                .statusCode(200);
    }

    private static void indicator(String code, String level) {
        as("admin")
                .body(Map.of("nameRu", "Кэш " + code, "unit", "percent", "polarity", "higher", "level", level))
                .put("/api/v1/indicators/" + code)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static Map<String, Object> body(String indicator, String school, String value, String comparator) {
        Map<String, Object> b = new HashMap<>(
                Map.of("municipality", TOWN, "indicator", indicator, "year", YEAR, "value", new BigDecimal(value)));
        if (school != null) {
            b.put("organization", school);
        }
        if (comparator != null) {
            b.put("comparator", comparator);
        }
        return b;
    }

    private static void write(String path, Map<String, Object> body) {
        as("admin").body(body).put(path).then().statusCode(oneOf(200, 201));
    }
}
