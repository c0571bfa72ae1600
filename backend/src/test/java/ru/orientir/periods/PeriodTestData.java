package ru.orientir.periods;

import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.Map;
import ru.orientir.catalogue.Indicator;
import ru.orientir.support.Fixtures;
import ru.orientir.targets.Target;
import ru.orientir.territory.Municipality;
import ru.orientir.values.MeasuredValue;

/**
 * Kaluga's data for the period tests, written directly with the entities (the values API lives on
 * another branch). Indicator codes start with "per-" so other test classes are not disturbed.
 */
final class PeriodTestData {

    static final String MUNICIPALITY = "kaluga";
    static final int YEAR = 2024;
    static final String PATH = "/api/v1/municipalities/" + MUNICIPALITY + "/periods/" + YEAR;

    private PeriodTestData() {}

    /**
     * per-missing: a target for 2024 but no value (missing); per-jump: 100 pupils in 2023, 200 in 2024
     * (big jump); per-share: 80 % from 120 of 100 (numerator above denominator); per-scale: 12 on a
     * 0–10 scale (outside the scale); per-lock: no data, written through the values API by PeriodLockApiTest.
     */
    static synchronized void kaluga() {
        Fixtures.territory();
        QuarkusTransaction.requiringNew().run(() -> {
            Municipality kaluga = Municipality.byCode(MUNICIPALITY).orElseThrow();
            Indicator missing = indicator("per-missing", "Доля школ с доступом к интернету", "percent", null);
            Indicator jump = indicator("per-jump", "Число обучающихся в кружках", "persons", null);
            Indicator share = indicator("per-share", "Доля выпускников, сдавших ЕГЭ", "percent", null);
            Indicator scale = indicator("per-scale", "Оценка качества управления", "score", BigDecimal.TEN);
            indicator("per-lock", "Показатель для проверки блокировки", "count", null);
            if (Target.count("indicator", missing) == 0) {
                Target t = new Target();
                t.indicator = missing;
                t.municipality = kaluga;
                t.year = YEAR;
                t.value = BigDecimal.valueOf(100);
                t.persist();
            }
            value(kaluga, jump, YEAR - 1, "100", null, null);
            value(kaluga, jump, YEAR, "200", null, null);
            value(kaluga, share, YEAR, "80", "120", "100");
            value(kaluga, scale, YEAR, "12", null, null);
        });
    }

    private static Indicator indicator(String code, String name, String unit, BigDecimal scaleMax) {
        return Indicator.byCode(code).orElseGet(() -> {
            Indicator i = new Indicator();
            i.code = code;
            i.nameRu = name;
            i.unit = unit;
            i.scaleMin = scaleMax == null ? null : BigDecimal.ZERO;
            i.scaleMax = scaleMax;
            i.persist();
            return i;
        });
    }

    private static void value(
            Municipality m, Indicator i, int year, String value, String numerator, String denominator) {
        if (MeasuredValue.count("indicator = ?1 and municipality = ?2 and year = ?3", i, m, year) > 0) {
            return;
        }
        MeasuredValue v = new MeasuredValue();
        v.indicator = i;
        v.municipality = m;
        v.year = year;
        v.value = new BigDecimal(value);
        v.numerator = numerator == null ? null : new BigDecimal(numerator);
        v.denominator = denominator == null ? null : new BigDecimal(denominator);
        v.updatedBy = "period-tests";
        v.persist();
    }

    /** Leaves Kaluga 2024 editable whatever a failed test left behind, so other classes can write it. */
    static void unlock() {
        String state = as("admin").get(PATH).then().statusCode(200).extract().path("state");
        if (ReportingPeriod.LOCKED_STATES.contains(state)) {
            as("admin")
                    .body(Map.of("comment", "Очистка после теста периодов"))
                    .post(PATH + "/reopen")
                    .then()
                    .statusCode(200);
        }
    }
}
