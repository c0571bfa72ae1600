package ru.orientir.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.orientir.common.Checks;
import ru.orientir.territory.TerritoryDtos.MunicipalityInput;
import ru.orientir.territory.TerritoryDtos.OrganizationInput;
import ru.orientir.territory.TerritoryDtos.RegionInput;

/** The rules of regions, municipalities and organizations (API and files alike), without a database. */
class TerritoryRulesTest {

    static List<String> fieldsAndCodes(Checks c) {
        return c.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void regions() {
        Checks good = new Checks();
        TerritoryRules.region(good, "tulskaya-oblast", new RegionInput("Тульская область"));
        assertTrue(good.ok());
        Checks c = new Checks();
        TerritoryRules.region(c, "тула", new RegionInput("x".repeat(301)));
        assertEquals(List.of("code:invalid_code", "name:too_long"), fieldsAndCodes(c));
        Checks empty = new Checks();
        TerritoryRules.region(empty, null, null);
        assertEquals(List.of("code:required", "name:required"), fieldsAndCodes(empty));
    }

    @Test
    void municipalities() {
        Region tula = new Region();
        tula.code = "tulskaya-oblast";
        Map<String, Region> regions = Map.of("tulskaya-oblast", tula);
        Checks good = new Checks();
        assertSame(
                tula,
                TerritoryRules.municipality(
                        good,
                        "tula",
                        new MunicipalityInput("Тула", " tulskaya-oblast ", "urban_okrug", "70701000"),
                        regions::get));
        assertTrue(good.ok(), good.errors().toString());

        Checks c = new Checks();
        assertNull(TerritoryRules.municipality(
                c, "tula", new MunicipalityInput(" ", "nowhere", "t".repeat(33), "7070"), regions::get));
        assertEquals(
                List.of("name:required", "region:unknown_region", "oktmo:invalid_oktmo", "type:too_long"),
                fieldsAndCodes(c));
        assertEquals("Регион «nowhere» не найден", c.errors().get(1).message());
    }

    @Test
    void organizations() {
        Checks good = new Checks();
        TerritoryRules.organization(good, "school-1", new OrganizationInput("Школа № 1", "school"));
        TerritoryRules.organization(good, "school-2", new OrganizationInput("Школа № 2", null));
        assertTrue(good.ok());
        Checks c = new Checks();
        TerritoryRules.organization(c, "school 1", new OrganizationInput("", "university"));
        assertEquals(List.of("code:invalid_code", "name:required", "type:not_allowed"), fieldsAndCodes(c));
    }
}
