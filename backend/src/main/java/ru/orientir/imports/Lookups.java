package ru.orientir.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.orientir.calendar.ReportPeriod;
import ru.orientir.catalogue.Indicator;
import ru.orientir.common.Checks;
import ru.orientir.facts.DataKeys;
import ru.orientir.periods.PeriodGuard;
import ru.orientir.security.Caller;

/**
 * The codes a values or targets file refers to, loaded once per job: a file of a million rows is
 * resolved from memory, never with a query per row.
 */
public class Lookups {

    /** The resolved scope of one row; a part that could not be resolved (reported to the row) is null. */
    public record Scope(
            Long municipalityId,
            String municipality,
            Indicator indicator,
            Long organizationId,
            String organization,
            Integer year) {}

    private final Map<String, Long> municipalities = new HashMap<>();
    private final Map<String, Long> organizations = new HashMap<>();
    private final Map<String, String> organizationHome = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, String> lockedMessages = new HashMap<>();
    /** The verdict on a municipality code that does not exist. */
    private static final Object UNKNOWN = new Object();
    /** Per municipality/organization: the id when the caller may write such rows, UNKNOWN, or the reason (checked once per key). */
    private final Map<String, Object> writable = new HashMap<>();

    private final Set<String> locked;
    private final PeriodGuard periods;

    public Lookups(Connection c, PeriodGuard periods) throws SQLException {
        this.periods = periods;
        Map<Long, String> codes = new HashMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id, code from municipality")) {
                while (rs.next()) {
                    municipalities.put(rs.getString(2), rs.getLong(1));
                    codes.put(rs.getLong(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("select id, municipality_id, code from organization")) {
                while (rs.next()) {
                    organizations.put(rs.getLong(2) + "/" + rs.getString(3), rs.getLong(1));
                    organizationHome.putIfAbsent(rs.getString(3), codes.get(rs.getLong(2)));
                }
            }
        }
        locked = QuarkusTransaction.requiringNew().call(() -> {
            List<Indicator> all = Indicator.listAll();
            all.forEach(i -> indicators.put(i.code, i));
            return periods.lockedYears();
        });
    }

    /**
     * Resolves the columns every value and target row opens with (municipality, indicator,
     * organization), with the field errors of the API's {@link DataKeys}, and refuses a locked year.
     * The year's own rules are the row validator's.
     */
    public Scope scope(RowCheck rc, Caller caller) {
        String municipality = rc.text("municipality");
        String indicatorCode = rc.text("indicator");
        Integer year = rc.year("year");
        String organization = rc.text("organization");
        Checks c = new Checks();
        Long municipalityId = null;
        if (c.required("municipality", municipality)) {
            Object verdict = writable.computeIfAbsent(
                    municipality + "/" + (organization == null ? "" : organization),
                    key -> writable(municipality, organization, caller));
            if (verdict instanceof Long id) {
                municipalityId = id;
            } else if (verdict == UNKNOWN) {
                DataKeys.unknownMunicipality(c, municipality);
            } else {
                // a school editor's refusal is about the organization; everyone else's about the municipality
                String field = organization != null && caller.canSee(municipality) ? "organization" : "municipality";
                c.add(field, "forbidden", (String) verdict);
            }
        }
        Indicator indicator = null;
        if (c.required("indicator", indicatorCode)) {
            indicator = indicators.get(indicatorCode);
            DataKeys.indicator(c, indicatorCode, indicator);
        }
        Long organizationId = null;
        if (organization != null && municipalityId != null) {
            organizationId = organizations.get(municipalityId + "/" + organization);
            if (organizationId == null) {
                String home = organizationHome.get(organization);
                DataKeys.unknownOrganization(c, organization, municipality, home != null && caller.canRead(home));
            }
        }
        if (municipalityId != null
                && year != null
                && !locked.isEmpty()
                && locked.contains(municipalityId + "/" + year)) {
            c.add("year", "period_locked", lockedMessage(municipality, municipalityId, year));
        }
        String period = periodWithin(rc.text("period"), year);
        if (municipalityId != null
                && period != null
                && !locked.isEmpty()
                && locked.contains(PeriodGuard.key(municipalityId, year, period))) {
            c.add(
                    "period",
                    "period_locked",
                    PeriodGuard.lockedMessage(
                            municipality,
                            ReportPeriod.of(year, period).label(false),
                            lockedState(municipalityId, year, period)));
        }
        rc.absorb(c);
        return new Scope(municipalityId, municipality, indicator, organizationId, organization, year);
    }

    /** The code of a month, quarter, half year or week a row's period cell names, or null (none, or unreadable). */
    private static String periodWithin(String typed, Integer year) {
        if (typed == null || year == null) {
            return null;
        }
        try {
            String code = ReportPeriod.parse(typed, year).code();
            return code.isEmpty() ? null : code;
        } catch (ReportPeriod.Invalid e) {
            return null; // reported by the row's rules
        }
    }

    private String lockedState(long municipalityId, int year, String period) {
        return lockedMessages.computeIfAbsent(
                PeriodGuard.key(municipalityId, year, period) + "#state", k -> QuarkusTransaction.requiringNew()
                        .call(() -> PeriodGuard.stateOf(
                                ru.orientir.territory.Municipality.findById(municipalityId), year, period)));
    }

    /** The municipality's id when the caller may write the row, UNKNOWN, or the reason of {@link Caller#writeRefusal}. */
    private Object writable(String code, String organization, Caller caller) {
        Long id = municipalities.get(code);
        if (id == null) {
            return UNKNOWN;
        }
        String refusal = caller.writeRefusal(code, organization);
        return refusal == null ? id : refusal;
    }

    private String lockedMessage(String code, long municipalityId, int year) {
        return lockedMessages.computeIfAbsent(municipalityId + "/" + year, k -> QuarkusTransaction.requiringNew()
                .call(() -> PeriodGuard.lockedMessage(
                        code,
                        year,
                        PeriodGuard.stateOf(ru.orientir.territory.Municipality.findById(municipalityId), year))));
    }
}
