package ru.orientir.periods;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import ru.orientir.attainment.AttainmentService;
import ru.orientir.periods.CompletenessDtos.SummaryDto;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.TerritoryService;

/**
 * A year's completeness in figures, for the submit and approve dialogs: the share of the municipality's
 * indicators with a value (one SQL statement), the warnings of the period's own check and the attainment
 * counts of the dashboard, so that the dialog and the pages agree.
 */
@ApplicationScoped
public class CompletenessSummary {

    @Inject
    DataSource dataSource;

    @Inject
    TerritoryService territory;

    @Inject
    CompletenessCheck check;

    @Inject
    AttainmentService attainment;

    /** The catalogue as CompletenessCheck reads it, and which of its indicators have a value of the year. */
    private static final String COUNTS =
            """
            SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM measured_value v
                       WHERE v.municipality_id = ? AND v.indicator_id = i.id AND v.year = ?))
            FROM indicator i
            WHERE i.status = 'active'
              AND (EXISTS (SELECT 1 FROM target t WHERE t.municipality_id = ? AND t.indicator_id = i.id)
                   OR EXISTS (SELECT 1 FROM measured_value v WHERE v.municipality_id = ? AND v.indicator_id = i.id))
            """;

    public SummaryDto of(Caller caller, String code, int year) {
        Municipality m = territory.visibleMunicipality(caller, code);
        int[] counts = counts(m.id, year);
        int warnings = check.of(m, year).warnings().size();
        ru.orientir.attainment.AttainmentDtos.SummaryDto plan =
                attainment.summary(caller, m.code, String.valueOf(year), null);
        String state = ReportingPeriod.of(m, year).map(p -> p.state).orElse(ReportingPeriod.OPEN);
        BigDecimal percent = counts[0] == 0
                ? null
                : BigDecimal.valueOf(counts[1] * 100L).divide(BigDecimal.valueOf(counts[0]), 1, RoundingMode.HALF_UP);
        return new SummaryDto(
                m.code,
                m.name,
                year,
                state,
                counts[0],
                counts[1],
                percent,
                counts[0] - counts[1],
                warnings,
                plan.met(),
                plan.notMet(),
                plan.noData(),
                plan.noTarget());
    }

    private int[] counts(long municipalityId, int year) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(COUNTS)) {
            ps.setLong(1, municipalityId);
            ps.setInt(2, year);
            ps.setLong(3, municipalityId);
            ps.setLong(4, municipalityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException("completeness query failed", e);
        }
    }
}
