package ru.orientir.security;

import static org.hamcrest.Matchers.is;
import static ru.orientir.security.SecurityData.CSV;
import static ru.orientir.security.SecurityData.YEAR;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provenance comes from the token: the audit names the editor or the service account and the channel. */
@QuarkusTest
class AuditIdentityTest {

    private static final String INDICATOR = "sec-aud";

    @BeforeEach
    void data() {
        SecurityData.ensure();
        SecurityData.indicator(INDICATOR);
    }

    @Test
    void aWriteByTheKalugaEditorIsAuditedAsItThroughTheApi() {
        writeAndFindAudit(Who.KALUGA_EDITOR, "kaluga", "kaluga-editor");
    }

    @Test
    void aWriteByTheServiceAccountIsAuditedAsTheServiceAccount() {
        writeAndFindAudit(Who.SERVICE, "tula", "service-account-ministry-integration");
    }

    @Test
    void anUploadIsAuditedAsItsUploaderThroughTheImportChannel() {
        String job = Who.KALUGA_EDITOR
                .request()
                .contentType(CSV)
                .body("municipality,indicator,year,value\nkaluga," + INDICATOR + ",2029," + fresh() + "\n")
                .post("/api/v1/imports?type=values")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("actor", is("kaluga-editor"))
                .extract()
                .path("id");
        Who.ADMIN
                .request()
                .get("/api/v1/audit?importJob=" + job)
                .then()
                .statusCode(200)
                .body("total", is(1))
                .body("items[0].actor", is("kaluga-editor"))
                .body("items[0].channel", is("import"))
                .body("items[0].importJob", is(job));
    }

    /** Writes a value no one wrote before, then finds its audit event as the admin. */
    private static void writeAndFindAudit(Who who, String municipality, String actor) {
        BigDecimal value = fresh();
        long id = ((Number) who.request()
                        .body(Map.of(
                                "municipality", municipality, "indicator", INDICATOR, "year", YEAR, "value", value))
                        .put("/api/v1/values")
                        .then()
                        .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                        .extract()
                        .path("id"))
                .longValue();
        Who.ADMIN
                .request()
                .get("/api/v1/audit?entityType=value&entityId=" + id + "&size=1")
                .then()
                .statusCode(200)
                .body("items[0].actor", is(actor))
                .body("items[0].channel", is("api"))
                .body("items[0].municipality", is(municipality))
                .body("items[0].indicator", is(INDICATOR))
                .body("items[0].newValue.value.toString()", org.hamcrest.Matchers.startsWith(plain(value)));
    }

    /**
     * A value between 1 and 99 with two decimals that differs from run to run, so the write is a real change.
     * Exact decimal: a double sum such as 1 + 0.14 would carry a 16th decimal, which the percent scale refuses.
     */
    private static BigDecimal fresh() {
        return BigDecimal.valueOf(100 + System.nanoTime() % 9800, 2);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
