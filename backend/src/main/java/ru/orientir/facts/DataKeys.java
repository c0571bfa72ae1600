package ru.orientir.facts;

import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.common.Checks;
import ru.orientir.common.Pages;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * Resolves the codes that open the natural key of a target or a value (municipality, indicator,
 * organization) for a write: scope first (403; a school editor writes its own school's rows only),
 * then unknown codes as field errors (422).
 */
public record DataKeys(Municipality municipality, Indicator indicator, Organization organization) {

    public static DataKeys forWrite(
            Caller caller, Checks c, String municipalityCode, String indicatorCode, String organizationCode) {
        String mCode = Pages.blankToNull(municipalityCode);
        if (mCode != null) {
            caller.requireWriteRow(mCode, Pages.blankToNull(organizationCode));
        }
        Municipality m = null;
        if (c.required("municipality", mCode)) {
            m = Municipality.byCode(mCode).orElse(null);
            if (m == null) {
                unknownMunicipality(c, mCode);
            }
        }
        Indicator ind = null;
        String iCode = Pages.blankToNull(indicatorCode);
        if (c.required("indicator", iCode)) {
            ind = Indicator.byCode(iCode).orElse(null);
            indicator(c, iCode, ind);
        }
        return new DataKeys(m, ind, organization(caller, c, m, mCode, Pages.blankToNull(organizationCode)));
    }

    private static Organization organization(Caller caller, Checks c, Municipality m, String mCode, String oCode) {
        if (oCode == null || m == null) {
            return null;
        }
        Organization o = Organization.byCode(m, oCode).orElse(null);
        if (o == null) {
            // "belongs elsewhere" only where the caller may look: otherwise it would reveal other municipalities'
            // schools
            boolean elsewhere = caller.readsAll()
                    ? Organization.count("code", oCode) > 0
                    : !caller.readable().isEmpty()
                            && Organization.count("code = ?1 and municipality.code in ?2", oCode, caller.readable())
                                    > 0;
            unknownOrganization(c, oCode, mCode, elsewhere);
        }
        return o;
    }

    // The field errors of the key, shared by the single-row API and the values and targets files.

    public static void unknownMunicipality(Checks c, String code) {
        c.add("municipality", "unknown_municipality", "Муниципалитет «" + code + "» не найден");
    }

    /** The indicator of a new fact or target: it must exist and be active. */
    public static void indicator(Checks c, String code, Indicator found) {
        if (found == null) {
            c.add("indicator", "unknown_indicator", "Показатель «" + code + "» не найден в каталоге");
        }
        ValueChecks.active(c, "indicator", found);
    }

    /**
     * An organization code the municipality has not; {@code elsewhere} (it belongs to another
     * municipality) only when the caller may read that one, or it would reveal other municipalities' schools.
     */
    public static void unknownOrganization(Checks c, String code, String municipality, boolean elsewhere) {
        c.add(
                "organization",
                elsewhere ? "foreign_organization" : "unknown_organization",
                elsewhere
                        ? "Организация «" + code + "» не относится к муниципалитету «" + municipality + "»"
                        : "Организация «" + code + "» не найдена в муниципалитете «" + municipality + "»");
    }

    /** The natural-key text of audit events: municipality/indicator[/organization]/year. */
    public String key(int year) {
        return municipality.code + "/" + indicator.code + (organization == null ? "" : "/" + organization.code) + "/"
                + year;
    }
}
