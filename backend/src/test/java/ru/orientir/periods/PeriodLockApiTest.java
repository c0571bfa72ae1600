package ru.orientir.periods;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.periods.PeriodTestData.PATH;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.values.MeasuredValue;

/**
 * NEEDS THE VALUES API (PUT /api/v1/values, another branch): fails on the periods branch alone
 * until that API is merged. It checks through the real API that PeriodGuard locks a submitted year
 * and that a returned year is editable again.
 */
@QuarkusTest
class PeriodLockApiTest {

    private static final Map<String, Object> VALUE =
            Map.of("municipality", "kaluga", "indicator", "per-lock", "year", 2024, "value", 5);

    @BeforeEach
    void data() {
        PeriodTestData.kaluga();
        PeriodTestData.unlock();
    }

    @AfterEach
    void leaveEditable() {
        PeriodTestData.unlock();
    }

    @Test
    void submittedYearRefusesValuesAndReturnedYearAcceptsThemAgain() {
        as("kaluga-editor")
                .body(Map.of())
                .post(PATH + "/submit")
                .then()
                .statusCode(200)
                .body("state", is("submitted"));

        as("kaluga-editor")
                .body(VALUE)
                .put("/api/v1/values")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2024"));
        assertEquals(0L, lockValues(), "nothing is written into a locked year");

        as("ministry")
                .body(Map.of("comment", "Добавьте показатель per-lock"))
                .post(PATH + "/return")
                .then()
                .statusCode(200)
                .body("state", is("returned"));
        as("kaluga-editor").body(VALUE).put("/api/v1/values").then().statusCode(anyOf(is(200), is(201)));
        assertEquals(1L, lockValues());
    }

    private static long lockValues() {
        return QuarkusTransaction.requiringNew()
                .call(() -> MeasuredValue.count(
                        "indicator.code = 'per-lock' and municipality.code = 'kaluga' and year = 2024"));
    }
}
