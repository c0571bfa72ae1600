package ru.orientir.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.orientir.security.Caller;
import ru.orientir.security.Roles;

/** The one read-scope condition of lists, exports, attainment and ranking, without a database. */
class ReadScopeTest {

    static Caller caller(String... roles) {
        return new Caller("u", "U", Caller.CHANNEL_API, Set.of(roles));
    }

    @Test
    void whoReadsAllIsNotRestricted() {
        for (Caller c : List.of(caller(Roles.ADMIN), caller(Roles.MINISTRY_ANALYST), caller(Roles.INTEGRATION))) {
            ReadScope.Condition sql = ReadScope.sql(c, "m.code");
            assertFalse(sql.restricts());
            assertFalse(sql.matchesNothing());
            assertTrue(sql.sqlParams().isEmpty());
            assertTrue(ReadScope.jpql(c, "code").jpqlParams().isEmpty());
        }
    }

    @Test
    void aMunicipalCallerSeesItsOwnMunicipalities() {
        Caller c = caller(Roles.editor("kaluga"), Roles.viewer("tula"));
        ReadScope.Condition sql = ReadScope.sql(c, "m.code");
        assertTrue(sql.restricts());
        assertEquals("m.code = ANY (?)", sql.clause());
        assertArrayEquals(
                new String[] {"kaluga", "tula"}, (String[]) sql.sqlParams().get(0));
        ReadScope.Condition jpql = ReadScope.jpql(c, "code");
        assertEquals("code in :readScope", jpql.clause());
        assertEquals(Map.of("readScope", List.of("kaluga", "tula")), jpql.jpqlParams());
    }

    @Test
    void aCallerWithoutAMunicipalitySeesNothing() {
        ReadScope.Condition none = ReadScope.sql(caller("offline_access"), "m.code");
        assertTrue(none.matchesNothing());
        assertTrue(none.restricts());
        assertEquals("1 = 0", none.clause());
        assertTrue(ReadScope.jpql(caller(), "code").matchesNothing());
    }
}
