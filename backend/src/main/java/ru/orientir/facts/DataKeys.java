package ru.orientir.facts;

import ru.orientir.common.Pages;
import ru.orientir.common.Checks;

import ru.orientir.catalogue.Indicator;
import ru.orientir.catalogue.ValueChecks;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * Resolves the codes that open the natural key of a target or a value (municipality, indicator,
 * organization) for a write: scope first (403), then unknown codes as field errors (422).
 */
public record DataKeys(Municipality municipality, Indicator indicator, Organization organization) {

    public static DataKeys forWrite(Caller caller, Checks c, String municipalityCode, String indicatorCode,
            String organizationCode) {
        String mCode = Pages.blankToNull(municipalityCode);
        if (mCode != null) {
            caller.requireWrite(mCode);
        }
        Municipality m = null;
        if (c.required("municipality", mCode)) {
            m = Municipality.byCode(mCode).orElse(null);
            if (m == null) {
                c.add("municipality", "unknown_municipality", "Муниципалитет «" + mCode + "» не найден");
            }
        }
        Indicator ind = null;
        String iCode = Pages.blankToNull(indicatorCode);
        if (c.required("indicator", iCode)) {
            ind = Indicator.byCode(iCode).orElse(null);
            if (ind == null) {
                c.add("indicator", "unknown_indicator", "Показатель «" + iCode + "» не найден в каталоге");
            }
            ValueChecks.active(c, "indicator", ind);
        }
        return new DataKeys(m, ind, organization(caller, c, m, mCode, Pages.blankToNull(organizationCode)));
    }

    private static Organization organization(Caller caller, Checks c, Municipality m, String mCode, String oCode) {
        if (oCode == null || m == null) {
            return null;
        }
        Organization o = Organization.byCode(m, oCode).orElse(null);
        if (o == null) {
            // "belongs elsewhere" only where the caller may look: otherwise it would reveal other municipalities' schools
            boolean elsewhere = caller.readsAll() ? Organization.count("code", oCode) > 0
                    : !caller.readable().isEmpty()
                            && Organization.count("code = ?1 and municipality.code in ?2", oCode, caller.readable()) > 0;
            c.add("organization", elsewhere ? "foreign_organization" : "unknown_organization", elsewhere
                    ? "Организация «" + oCode + "» не относится к муниципалитету «" + mCode + "»"
                    : "Организация «" + oCode + "» не найдена в муниципалитете «" + mCode + "»");
        }
        return o;
    }

    /** The natural-key text of audit events: municipality/indicator[/organization]/year. */
    public String key(int year) {
        return municipality.code + "/" + indicator.code + (organization == null ? "" : "/" + organization.code) + "/"
                + year;
    }
}
