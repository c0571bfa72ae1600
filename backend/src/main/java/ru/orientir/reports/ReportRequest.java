package ru.orientir.reports;

import java.util.List;
import ru.orientir.common.Pages;
import ru.orientir.common.Params;
import ru.orientir.common.ProblemException;

/** The checked parameters of {@code GET /reports/annual}: whose report (municipality, school or region), year, format. */
public record ReportRequest(String municipality, String organization, String region, int year, String format) {

    public static final String PDF = "pdf";
    public static final String XLSX = "xlsx";
    public static final String HTML = "html";
    static final List<String> FORMATS = List.of(PDF, XLSX, HTML);

    /** 400 naming the parameter: a year, one of pdf/xlsx/html, and a municipality or a region (not both). */
    public static ReportRequest of(
            String municipality, String organization, String region, String year, String format) {
        Params p = new Params();
        int y = p.requiredYear("year", year);
        String f = p.oneOf("format", format, FORMATS, PDF);
        p.throwIfAny();
        String m = Pages.blankToNull(municipality);
        String o = Pages.blankToNull(organization);
        String r = Pages.blankToNull(region);
        if (m == null && r == null) {
            throw ProblemException.badRequest(
                    "municipality", Params.REQUIRED, "Укажите муниципалитет (municipality) или регион (region)");
        }
        if (m != null && r != null) {
            throw ProblemException.badRequest(
                    "region", Params.NOT_ALLOWED, "Укажите либо муниципалитет, либо регион, но не оба параметра");
        }
        if (o != null && m == null) {
            throw ProblemException.badRequest(
                    "municipality",
                    Params.REQUIRED,
                    "Для отчёта организации укажите и её муниципалитет (municipality)");
        }
        return new ReportRequest(
                m == null ? null : m.strip(), o == null ? null : o.strip(), r == null ? null : r.strip(), y, f);
    }

    public String kind() {
        if (region != null) {
            return AnnualReport.REGION;
        }
        return organization != null ? AnnualReport.ORGANIZATION : AnnualReport.MUNICIPALITY;
    }

    /** Whose code the file name carries. */
    public String subjectCode() {
        if (region != null) {
            return region;
        }
        return organization != null ? municipality + "-" + organization : municipality;
    }
}
