package ru.orientir.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import ru.orientir.support.Tokens;

/**
 * The callers of the access matrix and what the issue says each may do. Written from the policy, not
 * from the code under test: {@link Caller} is what is checked, this is what it is checked against.
 */
enum Who {
    ANONYMOUS(null, Set.of(), Set.of(), false, false, false),
    ADMIN("admin", null, null, true, true, true),
    MINISTRY("ministry", null, Set.of(), false, true, false),
    KALUGA_EDITOR("kaluga-editor", Set.of("kaluga"), Set.of("kaluga"), false, false, false),
    KALUGA_VIEWER("kaluga-viewer", Set.of("kaluga"), Set.of(), false, false, false),
    TULA_EDITOR("tula-editor", Set.of("tula"), Set.of("tula"), false, false, false),
    /** A school coordinator: its own school's rows and the municipality's figures as a whole. */
    KALUGA_SCHOOL_EDITOR("kaluga-school-editor", "kaluga", SecurityData.OWN_SCHOOL),
    SERVICE(Tokens.SERVICE, null, null, true, false, true);

    /** Keycloak user or client; null for no token. */
    final String user;
    /** Municipalities it may read / write; null means all. */
    final Set<String> reads;

    final Set<String> writes;
    final boolean managesCatalogue;
    final boolean approves;
    /** The admin and the service account write every municipality's data. */
    final boolean writesAll;
    /** A school coordinator's municipality and organization; null for everyone else. */
    final String schoolMunicipality;

    final String school;

    Who(
            String user,
            Set<String> reads,
            Set<String> writes,
            boolean managesCatalogue,
            boolean approves,
            boolean writesAll) {
        this.user = user;
        this.reads = reads;
        this.writes = writes;
        this.managesCatalogue = managesCatalogue;
        this.approves = approves;
        this.writesAll = writesAll;
        this.schoolMunicipality = null;
        this.school = null;
    }

    /** A school editor: no municipality role, one organization's role. */
    Who(String user, String municipality, String organization) {
        this.user = user;
        this.reads = Set.of();
        this.writes = Set.of();
        this.managesCatalogue = false;
        this.approves = false;
        this.writesAll = false;
        this.schoolMunicipality = municipality;
        this.school = organization;
    }

    /** Municipalities whose record, organizations and figures as a whole it may see; null means all. */
    Set<String> sees() {
        return school == null ? reads : Set.of(schoolMunicipality);
    }

    boolean canSee(String municipality) {
        return canRead(municipality) || municipality.equals(schoolMunicipality);
    }

    /** May read the rows of the target (a municipality's figures as a whole, or one school's). */
    boolean canReadRows(Target t) {
        return canRead(t.code)
                || (t.code.equals(schoolMunicipality) && (t.organization == null || t.organization.equals(school)));
    }

    /** May write the target's rows: the municipality's editors, and a school editor its own school's. */
    boolean canWriteRows(Target t) {
        return canWrite(t.code)
                || (t.code.equals(schoolMunicipality) && t.organization != null && t.organization.equals(school));
    }

    boolean anonymous() {
        return user == null;
    }

    boolean readsAll() {
        return reads == null;
    }

    boolean canRead(String municipality) {
        return reads == null || reads.contains(municipality);
    }

    boolean canWrite(String municipality) {
        return writes == null || writes.contains(municipality);
    }

    boolean writesSome() {
        return writes == null || !writes.isEmpty() || school != null;
    }

    /** The name the audit and the import jobs record (preferred_username of the token). */
    String actor() {
        return this == SERVICE ? "service-account-" + Tokens.SERVICE : user;
    }

    String label() {
        return anonymous() ? "no token" : user;
    }

    /** A request with this caller's real token (none for ANONYMOUS); no contract filter: errors are the point. */
    RequestSpecification request() {
        RequestSpecification spec = given().contentType("application/json");
        return anonymous() ? spec : spec.auth().oauth2(Tokens.token(user));
    }
}
