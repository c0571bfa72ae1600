package ru.orientir.support;

import java.util.Map;

/**
 * The territory every test can rely on: the four demo municipalities of CONTRACT.md in their
 * regions, created through the API as the admin (PUT is idempotent, so every class may call it).
 */
public final class Fixtures {

    public static final Map<String, String[]> MUNICIPALITIES = Map.of(
            "kaluga", new String[] {"kaluzhskaya-oblast", "Калужская область", "Городской округ «Город Калуга»"},
            "kemerovo",
                    new String[] {"kemerovskaya-oblast", "Кемеровская область — Кузбасс", "Кемеровский городской округ"
                    },
            "derbent", new String[] {"respublika-dagestan", "Республика Дагестан", "Городской округ «город Дербент»"},
            "tula", new String[] {"tulskaya-oblast", "Тульская область", "Муниципальное образование город Тула"});

    private static volatile boolean done;

    private Fixtures() {}

    public static synchronized void territory() {
        if (done) {
            return;
        }
        MUNICIPALITIES.forEach((code, r) -> {
            Tokens.as("admin")
                    .body(Map.of("name", r[1]))
                    .put("/api/v1/regions/" + r[0])
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            Tokens.as("admin")
                    .body(Map.of("name", r[2], "region", r[0], "type", "urban_okrug"))
                    .put("/api/v1/municipalities/" + code)
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            Tokens.as("admin")
                    .body(Map.of("name", "Школа № 1 (" + code + ")", "type", "school"))
                    .put("/api/v1/municipalities/" + code + "/organizations/school-1")
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        });
        done = true;
    }
}
