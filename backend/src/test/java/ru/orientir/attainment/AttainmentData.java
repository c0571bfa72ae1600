package ru.orientir.attainment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.List;
import ru.orientir.catalogue.Band;
import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.IndicatorArea;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.targets.Target;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.values.MeasuredValue;

/**
 * Indicators, targets and values of the attainment tests, written straight to the database (the
 * catalogue, targets and values APIs are built elsewhere). Codes start with "att-", the main year
 * is 2031 so that no other test class shares a scope with these.
 */
final class AttainmentData {

    static final int YEAR = 2031;
    static final String RESULTS = "att: результаты обучения";
    static final String CONDITIONS = "att: условия обучения";

    private static volatile boolean done;

    private AttainmentData() {}

    static synchronized void load() {
        if (done) {
            return;
        }
        QuarkusTransaction.requiringNew().run(AttainmentData::write);
        done = true;
    }

    private static void write() {
        Indicator le = indicator("att-le", RESULTS, "lower");
        target(le, "kaluga", null, YEAR, "target", "le", "5", null);
        fact(le, "kaluga", null, YEAR, "3");

        Indicator ge = indicator("att-ge", RESULTS, "higher");
        target(ge, "kaluga", null, YEAR, "target", "ge", "70", null);
        fact(ge, "kaluga", null, YEAR, "33");
        target(ge, "kaluga", "school-1", YEAR, "target", "ge", "70", null);
        fact(ge, "kaluga", "school-1", YEAR, "80");
        // its series: baselines 2027 and 2030, a target missed in 2029, a fact without target in 2030
        target(ge, "kaluga", null, 2027, "baseline", "eq", "30", null);
        target(ge, "kaluga", null, 2029, "target", "ge", "60", null);
        fact(ge, "kaluga", null, 2029, "55");
        fact(ge, "kaluga", null, 2030, "65");
        target(ge, "kaluga", null, 2030, "baseline", "eq", "50", null);

        Indicator eqLower = indicator("att-eq-lower", RESULTS, "lower");
        target(eqLower, "kaluga", null, YEAR, "target", "eq", "10", null);
        fact(eqLower, "kaluga", null, YEAR, "8");

        Indicator between = indicator("att-between", RESULTS, "higher");
        target(between, "kaluga", null, YEAR, "target", "between", "40", "60");
        fact(between, "kaluga", null, YEAR, "50");
        target(between, "tula", null, YEAR, "target", "between", "40", "60");
        fact(between, "tula", null, YEAR, "61");

        Indicator noData = indicator("att-no-data", CONDITIONS, "higher");
        target(noData, "kaluga", null, YEAR, "target", "ge", "90", null);

        Indicator noTarget = indicator("att-no-target", CONDITIONS, "higher");
        fact(noTarget, "kaluga", null, YEAR, "12");

        // data only in an earlier year: still listed for the main year, as no_target
        Indicator earlier = indicator("att-earlier", CONDITIONS, "higher");
        target(earlier, "kaluga", null, 2028, "target", "ge", "1", null);

        Indicator archived = indicator("att-archived", RESULTS, "higher");
        archived.status = "archived";
        target(archived, "kaluga", null, YEAR, "target", "ge", "1", null);

        Indicator scale = indicator("att-scale", RESULTS, "higher");
        scale.scaleMin = BigDecimal.ZERO;
        scale.scaleMax = new BigDecimal("50");
        target(scale, "kaluga", null, YEAR, "target", "ge", "20", null);
        fact(scale, "kaluga", null, YEAR, "25");

        Indicator bands = indicator("att-bands", RESULTS, "higher");
        bands.unit = "ratio";
        bands.bands = List.of(
                new Band(null, new BigDecimal("0.8"), "очень плохо", BigDecimal.ZERO),
                new Band(new BigDecimal("0.8"), BigDecimal.ONE, "плохо", BigDecimal.ONE),
                new Band(BigDecimal.ONE, null, "очень хорошо", new BigDecimal("3")));
        target(bands, "kaluga", null, YEAR, "target", "ge", "1", null);
        fact(bands, "kaluga", null, YEAR, "0.9");

        // the ranking: every demo municipality, one without a fact
        Indicator high = indicator("att-rank-high", RESULTS, "higher");
        Indicator low = indicator("att-rank-low", RESULTS, "lower");
        String[][] facts = {{"kaluga", "80", "5"}, {"tula", "90", "3"}, {"kemerovo", "70", "5"}, {"derbent", null, null}
        };
        for (String[] f : facts) {
            target(high, f[0], null, YEAR, "target", "ge", "75", null);
            target(low, f[0], null, YEAR, "target", "le", "4", null);
            if (f[1] != null) {
                fact(high, f[0], null, YEAR, f[1]);
                fact(low, f[0], null, YEAR, f[2]);
            }
        }

        ReportingPeriod period = new ReportingPeriod();
        period.municipality = municipality("kaluga");
        period.year = YEAR;
        period.state = ReportingPeriod.APPROVED;
        period.persist();
    }

    private static Indicator indicator(String code, String areaName, String polarity) {
        IndicatorArea area = IndicatorArea.byName(areaName).orElseGet(() -> {
            IndicatorArea a = new IndicatorArea();
            a.nameRu = areaName;
            a.code = IndicatorArea.freeCode();
            a.position = IndicatorArea.nextPosition();
            a.persist();
            return a;
        });
        Indicator i = new Indicator();
        i.code = code;
        i.nameRu = "Показатель " + code;
        i.area = area;
        i.unit = "percent";
        i.polarity = polarity;
        i.persist();
        return i;
    }

    private static void target(
            Indicator indicator,
            String municipality,
            String organization,
            int year,
            String kind,
            String comparator,
            String value,
            String valueTo) {
        Target t = new Target();
        t.indicator = indicator;
        t.municipality = municipality(municipality);
        t.organization = organization == null
                ? null
                : Organization.byCode(t.municipality, organization).orElseThrow();
        t.year = year;
        t.kind = kind;
        t.comparator = comparator;
        t.value = new BigDecimal(value);
        t.valueTo = valueTo == null ? null : new BigDecimal(valueTo);
        t.persist();
    }

    private static void fact(Indicator indicator, String municipality, String organization, int year, String value) {
        MeasuredValue v = new MeasuredValue();
        v.indicator = indicator;
        v.municipality = municipality(municipality);
        v.organization = organization == null
                ? null
                : Organization.byCode(v.municipality, organization).orElseThrow();
        v.year = year;
        v.value = new BigDecimal(value);
        v.persist();
    }

    private static Municipality municipality(String code) {
        return Municipality.byCode(code).orElseThrow();
    }
}
