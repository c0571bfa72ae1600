package ru.orientir.catalogue;

import static org.hamcrest.Matchers.oneOf;
import static ru.orientir.support.Tokens.as;

import java.util.HashMap;
import java.util.Map;

/** Indicators the tests create through the API as the admin (PUT is idempotent). */
public final class TestIndicators {

    private TestIndicators() {}

    /** Creates or updates an indicator with the given unit; extra fields override the defaults. */
    public static void put(String code, String nameRu, String unit, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(
                Map.of("nameRu", nameRu, "unit", unit, "area", "Результаты обучения", "polarity", "higher"));
        body.putAll(extra);
        as("admin").body(body).put("/api/v1/indicators/" + code).then().statusCode(oneOf(200, 201));
    }

    public static void put(String code, String nameRu, String unit) {
        put(code, nameRu, unit, Map.of());
    }
}
