package ru.orientir.groups;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.support.Fixtures;

/** Registers by file: the rows of a register gathered, the register replaced, the API's checks, rights and audit. */
@QuarkusTest
class GroupFileTest {

    private static final String CSV = "text/csv";

    @BeforeEach
    void schools() {
        Fixtures.territory();
        for (String school : List.of("gf-a", "gf-b", "gf-c")) {
            as("admin")
                    .body(Map.of("name", "Школа " + school, "type", "school"))
                    .put("/api/v1/municipalities/kaluga/organizations/" + school)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
    }

    static ValidatableResponse upload(String user, String query, String contentType, String body) {
        return as(user).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?type=groups" + query)
                .then();
    }

    @Test
    void rowsOfARegisterAreGatheredAndAFileReplacesItsMembersAudited() {
        upload(
                        "kaluga-editor",
                        "",
                        CSV,
                        """
                        municipality;group;name;year_from;year_to;organization
                        kaluga;gf-shnor;ШНОР 2019–2020;2019;2020;gf-a
                        kaluga;gf-shnor;;;;gf-b
                        kaluga;gf-shnor;ШНОР 2019–2020;2019;;gf-c
                        """)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(3))
                .body("rowsRejected", is(0));
        as("kaluga-viewer")
                .get("/api/v1/municipalities/kaluga/groups/gf-shnor")
                .then()
                .statusCode(200)
                .body("name", is("ШНОР 2019–2020"))
                .body("yearFrom", is(2019))
                .body("yearTo", is(2020))
                .body("organizations", contains("gf-a", "gf-b", "gf-c"));
        // the register named again holds exactly the rows of the new file; JSON with camelCase fields
        upload(
                        "kaluga-editor",
                        "",
                        "application/json",
                        "[{\"municipality\": \"kaluga\", \"group\": \"gf-shnor\", \"name\": \"ШНОР 2019–2021\", "
                                + "\"yearFrom\": 2019, \"yearTo\": 2021, \"organization\": \"gf-c\"}]")
                .statusCode(201)
                .body("status", is("succeeded"));
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/gf-shnor")
                .then()
                .body("name", is("ШНОР 2019–2021"))
                .body("yearTo", is(2021))
                .body("organizations", contains("gf-c"));
        as("kaluga-editor")
                .get("/api/v1/audit?municipality=kaluga&size=1000")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.entityType == 'group' && it.entityKey == 'kaluga/gf-shnor' }.channel",
                        everyItem(is("import")))
                .body(
                        "items.findAll { it.entityType == 'group' && it.entityKey == 'kaluga/gf-shnor' }.action",
                        hasItems("create", "update"));
    }

    @Test
    void badRowsGetTheApisFieldErrorsOnTheirColumnsAndAnAtomicFileWritesNothing() {
        String apiUnknown = as("kaluga-editor")
                .body(Map.of("name", "Реестр", "yearFrom", 2021, "yearTo", 2020, "organizations", List.of("gf-none")))
                .put("/api/v1/municipalities/kaluga/groups/gf-api")
                .then()
                .statusCode(422)
                .extract()
                .path("errors.find { it.field == 'organizations' }.message");
        String apiInverted = as("kaluga-editor")
                .body(Map.of("name", "Реестр", "yearFrom", 2021, "yearTo", 2020, "organizations", List.of("gf-none")))
                .put("/api/v1/municipalities/kaluga/groups/gf-api")
                .then()
                .extract()
                .path("errors.find { it.field == 'yearTo' }.message");
        var job = upload(
                        "kaluga-editor",
                        "",
                        CSV,
                        """
                        municipality,group,name,year_from,year_to,organization
                        kaluga,gf-bad,Реестр,2021,2020,gf-a
                        kaluga,gf-bad,,,,gf-none
                        kaluga,gf-noname,,2019,,gf-a
                        kaluga,gf-dup,Дубли,2019,,gf-a
                        kaluga,gf-dup,Другое имя,,,gf-a
                        tula,gf-tula,Чужой,2019,,school-1
                        kaluga,gf-ok,Хороший,2019,,gf-b
                        """)
                .statusCode(201)
                .body("status", is("rejected"))
                .body("rowsImported", is(0))
                .body("errors.find { it.row == 2 }.column", is("year_to"))
                .body("errors.find { it.row == 2 }.code", is("years_inverted"))
                .body("errors.find { it.row == 3 }.column", is("organization"))
                .body("errors.find { it.row == 3 }.code", is("unknown_organization"))
                .body("errors.find { it.row == 4 }.column", is("name"))
                .body("errors.find { it.row == 4 }.code", is("required"))
                .body("errors.findAll { it.row == 6 }.column", hasItems("name", "organization"))
                .body("errors.find { it.row == 6 && it.column == 'organization' }.code", is("duplicate"))
                .body("errors.find { it.row == 7 }.column", is("municipality"))
                .body("errors.find { it.row == 7 }.code", is("forbidden"))
                .body(
                        "errors.find { it.row == 7 }.message",
                        containsString("Нет доступа к данным муниципалитета «tula»"))
                .extract();
        assertEquals("строка 2, столбец year_to: " + apiInverted, job.path("errors.find { it.row == 2 }.message"));
        assertEquals("строка 3, столбец organization: " + apiUnknown, job.path("errors.find { it.row == 3 }.message"));
        for (String g : List.of("gf-bad", "gf-noname", "gf-dup", "gf-ok")) {
            as("kaluga-editor")
                    .get("/api/v1/municipalities/kaluga/groups/" + g)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void partialModeWritesTheGoodRegistersOnlyAndADryRunNothing() {
        String file =
                """
                municipality,group,name,year_from,organization
                kaluga,gf-part-ok,Хороший,2020,gf-a
                kaluga,gf-part-ok,,,gf-b
                kaluga,gf-part-bad,Плохой,2020,gf-a
                kaluga,gf-part-bad,,,gf-none
                """;
        upload("kaluga-editor", "&mode=partial&dryRun=true", CSV, file)
                .statusCode(201)
                .body("dryRun", is(true))
                .body("rowsImported", is(0));
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/gf-part-ok")
                .then()
                .statusCode(404);
        upload("kaluga-editor", "&mode=partial", CSV, file)
                .statusCode(201)
                .body("status", is("succeeded"))
                .body("rowsImported", is(2))
                .body("rowsRejected", is(2))
                .body("errors.find { it.row == 4 }.code", is("group_rejected"))
                .body("errors.find { it.row == 4 }.message", containsString("реестр «gf-part-bad» не записан"))
                .body("errors.find { it.row == 5 }.code", is("unknown_organization"));
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/gf-part-ok")
                .then()
                .statusCode(200)
                .body("organizations", contains("gf-a", "gf-b"));
        as("kaluga-editor")
                .get("/api/v1/municipalities/kaluga/groups/gf-part-bad")
                .then()
                .statusCode(404);
    }

    @Test
    void aViewerMayNotUploadRegistersAndAReplayedKeyWritesNothingTwice() {
        upload("kaluga-viewer", "", CSV, "municipality,group,name,year_from,organization\nkaluga,gf-v,В,2020,gf-a\n")
                .statusCode(403);
        String file = "municipality,group,name,year_from,organization\nkaluga,gf-key,Ключ,2020,gf-a\n";
        String first = as("kaluga-editor")
                .contentType(CSV)
                .header("Idempotency-Key", "gf-key-1")
                .body(file)
                .post("/api/v1/imports?type=groups")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"))
                .extract()
                .path("id");
        as("kaluga-editor")
                .contentType(CSV)
                .header("Idempotency-Key", "gf-key-1")
                .body(file)
                .post("/api/v1/imports?type=groups")
                .then()
                .statusCode(200)
                .body("id", is(first));
    }
}
