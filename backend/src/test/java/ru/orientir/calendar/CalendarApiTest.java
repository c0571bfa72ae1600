package ru.orientir.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.orientir.support.Tokens.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.orientir.audit.AuditEvent;
import ru.orientir.catalogue.TestIndicators;

/**
 * The collection calendar through the API: an indicator's periodicity, deadline rule and responsible level; values
 * whose periods follow the periodicity (the single-row API and the file import with the same message); a month's
 * reporting period that locks that month only; the due board of a fixed date. Its own region and municipalities
 * (cal-oblast: cal-town, cal-village), so that no other test's figures or periods meet these.
 */
@io.quarkus.test.junit.QuarkusTest
class CalendarApiTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String MONTHLY_REFUSAL =
            "Показатель cal-month ведётся по месяцам: укажите месяц, например 2024-03; значение за год целиком не"
                    + " принимается";
    private static final String LOCK = "/api/v1/municipalities/cal-town/periods/2025";

    private static boolean ready;

    @BeforeEach
    void territory() {
        if (ready) {
            return;
        }
        as("admin")
                .body(Map.of("name", "Календарная область"))
                .put("/api/v1/regions/cal-oblast")
                .then()
                .statusCode(oneOf(200, 201));
        for (String m : List.of("cal-town", "cal-village")) {
            as("admin")
                    .body(Map.of("name", "Город " + m, "region", "cal-oblast", "type", "urban_okrug"))
                    .put("/api/v1/municipalities/" + m)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        for (String o : List.of("cal-s1", "cal-s2")) {
            as("admin")
                    .body(Map.of("name", "Школа " + o, "type", "school"))
                    .put("/api/v1/municipalities/cal-town/organizations/" + o)
                    .then()
                    .statusCode(oneOf(200, 201));
        }
        TestIndicators.put(
                "cal-school",
                "Информационная карта школы",
                "yes_no",
                Map.of(
                        "level",
                        "organization",
                        "periodicity",
                        "quarter",
                        "deadline",
                        "через 10 дней после окончания квартала"));
        TestIndicators.put(
                "cal-month", "Число не посещающих школу (ежемесячно)", "persons", Map.of("periodicity", "month"));
        TestIndicators.put("cal-year", "Число школ (ежегодно)", "count", Map.of("periodicity", "calendar_year"));
        TestIndicators.put(
                "cal-board",
                "Реестр не посещающих школу",
                "persons",
                Map.of("periodicity", "month", "deadline", "до 20 числа следующего месяца"));
        ready = true;
    }

    private static Map<String, Object> value(String indicator, int year, String period, int value) {
        Map<String, Object> v =
                new HashMap<>(Map.of("municipality", "cal-town", "indicator", indicator, "year", year, "value", value));
        if (period != null) {
            v.put("period", period);
        }
        return v;
    }

    private static Response upload(String csv) {
        return as("admin").contentType(CSV).body(csv).post("/api/v1/imports?type=values");
    }

    @Test
    void anIndicatorKeepsItsScheduleAndASaveKeepsWhatWasNotSent() {
        Map<String, Object> body = new HashMap<>(Map.of(
                "nameRu", "Волонтёры (ежеквартально)",
                "unit", "persons",
                "level", "organization",
                "periodicity", "Ежеквартально",
                "deadline", "через 10 дней после окончания квартала"));
        as("admin").body(body).put("/api/v1/indicators/cal-put").then().statusCode(oneOf(200, 201));
        as("admin")
                .get("/api/v1/indicators/cal-put")
                .then()
                .statusCode(200)
                .body("periodicity", is("quarter"))
                .body("periodicityLabel", is("Квартал"))
                .body("deadline", is("через 10 дней после окончания периода"))
                .body("deadlineRule.kind", is("after_end"))
                .body("deadlineRule.days", is(10))
                .body("responsible", is("organization"));

        // a save without the calendar fields keeps them
        body.remove("periodicity");
        body.remove("deadline");
        body.put("responsible", "municipality");
        as("admin").body(body).put("/api/v1/indicators/cal-put").then().statusCode(200);
        as("admin")
                .get("/api/v1/indicators/cal-put")
                .then()
                .body("periodicity", is("quarter"))
                .body("deadline", is("через 10 дней после окончания периода"))
                .body("responsible", is("municipality"));

        // '' removes the rule; an unreadable one is a 422 on deadline
        body.put("deadline", "");
        as("admin")
                .body(body)
                .put("/api/v1/indicators/cal-put")
                .then()
                .statusCode(200)
                .body("deadline", nullValue());
        body.put("deadline", "когда получится");
        as("admin")
                .body(body)
                .put("/api/v1/indicators/cal-put")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("deadline"))
                .body("errors[0].code", is("invalid_deadline"));

        // the indicators file reads the same forms; an empty cell keeps the stored value
        as("admin")
                .contentType(CSV)
                .body("code,name_ru,unit,deadline,responsible\n"
                        + "cal-put,Волонтёры (ежеквартально),persons,до 01.09,\n")
                .post("/api/v1/imports?type=indicators")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("admin")
                .get("/api/v1/indicators/cal-put")
                .then()
                .body("deadline", is("до 1 сентября"))
                .body("deadlineRule.kind", is("fixed_date"))
                .body("responsible", is("municipality"))
                .body("periodicity", is("quarter"));
        as("admin")
                .contentType(CSV)
                .body("code,name_ru,unit,deadline\ncal-put,Волонтёры,persons,вчера\n")
                .post("/api/v1/imports?type=indicators")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("deadline"))
                .body("errors[0].code", is("invalid_deadline"));
    }

    @Test
    void aMonthlyIndicatorTakesMonthsAndRefusesAYearlyValueInTheApiAndTheFileAlike() {
        as("admin")
                .body(value("cal-month", 2024, "2024-03", 7))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201))
                .body("year", is(2024))
                .body("period", is("M03"));
        as("admin")
                .body(value("cal-month", 2024, null, 7))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("period"))
                .body("errors[0].code", is("period_not_in_rhythm"))
                .body("errors[0].message", is(MONTHLY_REFUSAL));
        as("admin")
                .body(value("cal-month", 2024, "2023-03", 7))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("period"))
                .body("errors[0].code", is("period_year_mismatch"));
        // a yearly indicator refuses a month
        as("admin")
                .body(value("cal-year", 2024, "2024-03", 7))
                .put("/api/v1/values")
                .then()
                .statusCode(422)
                .body("errors[0].field", is("period"))
                .body("errors[0].code", is("period_not_in_rhythm"));

        upload("municipality,indicator,year,value,period\ncal-town,cal-month,2024,7,\n")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("period"))
                .body("errors[0].code", is("period_not_in_rhythm"))
                // the file's message is the API's, after the row and column it is about
                .body("errors[0].message", is("строка 2, столбец period: " + MONTHLY_REFUSAL));
        upload("municipality,indicator,year,value,period\ncal-town,cal-month,2024,8,2024-02\n")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));
        as("admin")
                .get("/api/v1/values?municipality=cal-town&indicator=cal-month&year=2024")
                .then()
                .statusCode(200)
                .body("items.period", contains("M02", "M03"));
    }

    @Test
    void submittingMarchLocksMarchOnly() {
        as("admin")
                .body(value("cal-month", 2025, "2025-03", 3))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(Map.of())
                .post(LOCK + "/submit?period=2025-03")
                .then()
                .statusCode(200)
                .body("state", is("submitted"))
                .body("year", is(2025))
                .body("period", is("M03"))
                .body("periodLabel", is("март 2025"));

        as("admin")
                .body(value("cal-month", 2025, "2025-03", 4))
                .put("/api/v1/values")
                .then()
                .statusCode(409)
                .body("detail", containsString("Отчётный период март 2025 муниципалитета «cal-town»"));
        as("admin")
                .body(value("cal-month", 2025, "2025-04", 4))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        as("admin")
                .body(value("cal-year", 2025, null, 4))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        upload("municipality,indicator,year,value,period\ncal-town,cal-month,2025,5,M03\n")
                .then()
                .statusCode(201)
                .body("status", is("rejected"))
                .body("errors[0].column", is("period"))
                .body("errors[0].code", is("period_locked"));
        upload("municipality,indicator,year,value,period\ncal-town,cal-month,2025,5,M05\n")
                .then()
                .statusCode(201)
                .body("status", is("succeeded"));

        // the year stays open; its values show the state of their own period
        as("admin").get(LOCK).then().statusCode(200).body("state", is("open")).body("period", is(""));
        as("admin").get(LOCK + "?period=M03").then().statusCode(200).body("state", is("submitted"));
        as("admin")
                .get("/api/v1/values?municipality=cal-town&indicator=cal-month&year=2025&size=100")
                .then()
                .body("items.find { it.period == 'M03' }.periodState", is("submitted"))
                .body("items.find { it.period == 'M04' }.periodState", is("open"));
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("action = 'submit' and entityKey = 'cal-town/2025-03'"));
        assertEquals(1L, audited, "the submit of March is audited under its period");

        as("ministry")
                .body(Map.of("comment", "Уточните март"))
                .post(LOCK + "/reopen?period=2025-03")
                .then()
                .statusCode(200)
                .body("state", is("open"));
        as("admin")
                .body(value("cal-month", 2025, "2025-03", 4))
                .put("/api/v1/values")
                .then()
                .statusCode(200);
        as("admin").get(LOCK + "?period=2025-13").then().statusCode(400).body("errors[0].field", is("period"));
    }

    @Test
    void theDueBoardListsLateMonthsWithTheirDaysOverdue() {
        // February 2061 is in: done. The board of Friday 15 April 2061 looks back to 14 April 2060 and ahead to
        // 30 April 2061: the months March 2060 (due 20 April 2060) to March 2061 (due 20 April 2061), 13 in all.
        as("admin")
                .body(value("cal-board", 2061, "2061-02", 12))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        String board = "/api/v1/due?indicator=cal-board&date=2061-04-15";
        as("admin")
                .get(board + "&municipality=cal-town&size=20")
                .then()
                .statusCode(200)
                .body("date", is("2061-04-15"))
                .body("weekEnd", is("2061-04-17"))
                .body("monthEnd", is("2061-04-30"))
                .body("total", is(13))
                // March 2060 to January 2061 are late: 11 months
                .body("counts.late", is(11))
                .body("counts.dueSoon", is(1))
                .body("counts.done", is(1))
                .body("counts.dueThisWeek", is(0))
                // the most overdue first: due 20 April 2060, 360 days before 15 April 2061
                .body("items[0].period", is("M03"))
                .body("items[0].year", is(2060))
                .body("items[0].deadline", is("2060-04-20"))
                .body("items[0].status", is("late"))
                .body("items[0].daysOverdue", is(360))
                .body("items[0].responsible", is("municipality"))
                .body("items[0].expected", is(1))
                .body("items[0].reported", is(0))
                .body("items[0].deadlineRule", is("до 20 числа следующего месяца"))
                // January 2061, due 20 February: 54 days
                .body("items[10].periodLabel", is("январь 2061"))
                .body("items[10].daysOverdue", is(54))
                // March 2061, due 20 April: in 5 days
                .body("items[11].status", is("due_soon"))
                .body("items[11].daysLeft", is(5))
                .body("items[11].daysOverdue", nullValue())
                .body("items[12].status", is("done"))
                .body("items[12].period", is("M02"));
        as("admin")
                .get(board + "&municipality=cal-town&status=late&size=5&page=2")
                .then()
                .statusCode(200)
                .body("total", is(11))
                .body("items.period", contains("M01"));
        // the ministry: every municipality of the region keeping it, with its counts
        as("ministry")
                .get(board)
                .then()
                .statusCode(200)
                .body("municipalities.municipality", contains("cal-town", "cal-village"))
                .body("municipalities[0].late", is(11))
                .body("municipalities[0].maxDaysOverdue", is(360))
                .body("municipalities[1].late", is(12))
                .body("municipalities[1].done", is(0));
        as("kaluga-editor").get(board + "&municipality=cal-town").then().statusCode(403);
        as("kaluga-editor").get(board).then().statusCode(200).body("total", is(0));
        as("admin").get(board + "&status=soon").then().statusCode(400).body("errors[0].field", is("status"));
        as("admin").get("/api/v1/due?date=15.04.2061").then().statusCode(400).body("errors[0].field", is("date"));
    }

    @Test
    void theDailyRemindersTellOfADeadlineJustPassedButNotOfOneLongPast() {
        as("admin")
                .body(value("cal-board", 2061, "2061-02", 12))
                .put("/api/v1/values")
                .then()
                .statusCode(oneOf(200, 201));
        // 22 February 2061: January 2061 (due 20 February) is 2 days late; December 2060 (due 20 January) 33 days
        String passed = as("admin")
                .post("/api/v1/admin/reminders/run?date=2061-02-22")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                passed.contains("\"source\":\"deadlines\""), "the deadlines source ran: " + passed);
        int reminders = io.restassured.path.json.JsonPath.from(passed)
                .getInt("sources.find { it.source == 'deadlines' }.reminders");
        org.junit.jupiter.api.Assertions.assertTrue(reminders >= 1, "January's deadline has just passed: " + passed);
    }

    @Test
    void aSchoolLevelItemCountsTheSchoolsIn() {
        Map<String, Object> card = value("cal-school", 2061, "2061-Q1", 1);
        card.put("organization", "cal-s1");
        as("admin").body(card).put("/api/v1/values").then().statusCode(oneOf(200, 201));
        // 15 April 2061: the quarters due from 14 April 2060 are II 2060 (10 July) to I 2061 (10 April, 5 days ago)
        String board = "/api/v1/due?indicator=cal-school&date=2061-04-15&municipality=cal-town";
        as("admin")
                .get(board)
                .then()
                .statusCode(200)
                .body("total", is(4))
                .body("counts.late", is(4))
                .body("items[3].periodLabel", is("I квартал 2061"))
                .body("items[3].daysOverdue", is(5))
                .body("items[3].responsible", is("organization"))
                .body("items[3].expected", is(2))
                .body("items[3].reported", is(1));
        // one school's own board: its first quarter is in
        as("admin")
                .get(board + "&organization=cal-s1")
                .then()
                .statusCode(200)
                .body("counts.late", is(3))
                .body("counts.done", is(1))
                .body("items[3].organization", is("cal-s1"))
                .body("items[3].expected", is(1))
                .body("items[3].reported", is(1));
        as("admin").get(board + "&organization=no-such").then().statusCode(404);
    }
}
