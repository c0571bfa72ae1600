package ru.orientir.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.orientir.common.Checks;
import ru.orientir.common.ProblemException;
import ru.orientir.facts.DataKeys;
import ru.orientir.files.Row;
import ru.orientir.files.RowSource;
import ru.orientir.groups.GroupDtos.GroupInput;
import ru.orientir.groups.GroupRules;
import ru.orientir.groups.GroupService;
import ru.orientir.groups.OrganizationGroup;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;

/**
 * Registers by file: one row per member (municipality, group, organization), the register's name and
 * years on its first row (later rows may leave them empty or repeat them). The rows of one register are
 * gathered, and a register named in the file is replaced as a whole: its members become exactly the
 * organizations of its rows (a row with an empty organization names a register without adding one, so
 * a file can empty a register). The checks are the API's ({@link GroupRules}, the right to write the
 * municipality); a register with a bad row is not written at all, in partial mode too (its other rows
 * are reported «не записан»), so that a register never loses members silently. Written through the
 * API's own write, audited with the job.
 */
@ApplicationScoped
public class GroupsImporter implements Importer {

    @Inject
    GroupService groups;

    /** The rows of one register in the file. */
    private static final class Gathered {
        final Municipality municipality;
        final String code;
        final long firstLine;
        final String name;
        final String description;
        final Integer yearFrom;
        final Integer yearTo;
        final List<Long> lines = new ArrayList<>();
        final Set<Long> bad = new TreeSet<>();
        final Map<String, Long> lineOf = new HashMap<>();
        final Set<Organization> members = new LinkedHashSet<>();

        Gathered(
                Municipality m,
                String code,
                long line,
                String name,
                String description,
                Integer yearFrom,
                Integer yearTo) {
            this.municipality = m;
            this.code = code;
            this.firstLine = line;
            this.name = name;
            this.description = description;
            this.yearFrom = yearFrom;
            this.yearTo = yearTo;
        }
    }

    @Override
    public long run(JobContext job, RowSource rows) throws Exception {
        return QuarkusTransaction.requiringNew().timeout(3600).call(() -> checkAndWrite(job, rows));
    }

    private long checkAndWrite(JobContext job, RowSource rows) throws Exception {
        Map<String, Municipality> municipalities = new HashMap<>();
        Municipality.<Municipality>listAll().forEach(m -> municipalities.put(m.code, m));
        Map<String, Organization> organizations = new HashMap<>();
        Organization.<Organization>listAll().forEach(o -> organizations.put(o.municipality.code + "/" + o.code, o));
        Map<String, String> writable = new HashMap<>();
        Map<String, Gathered> byKey = new LinkedHashMap<>();
        for (Row r = rows.next(); r != null; r = rows.next()) {
            RowCheck rc = job.check(r);
            long line = r.number();
            String municipalityCode = rc.text("municipality");
            String code = rc.text("group");
            String organization = rc.text("organization");
            String name = rc.text("name");
            String description = rc.text("description");
            Integer yearFrom = rc.year("year_from");
            Integer yearTo = rc.year("year_to");
            Checks c = new Checks();
            Municipality m = null;
            if (c.required("municipality", municipalityCode)) {
                m = municipalities.get(municipalityCode);
                if (m == null) {
                    DataKeys.unknownMunicipality(c, municipalityCode);
                } else {
                    String refused = writable.computeIfAbsent(m.code, k -> refusal(job, k));
                    if (!refused.isEmpty()) {
                        c.add("municipality", "forbidden", refused);
                    }
                }
            }
            c.code("group", code);
            String key = municipalityCode == null || code == null ? null : municipalityCode + "/" + code;
            Gathered g = key == null ? null : byKey.get(key);
            if (g == null) {
                GroupRules.fields(c, name, description, yearFrom, yearTo);
            } else {
                same(c, "name", name, g.name, g.firstLine, job.rowWord());
                same(c, "description", description, g.description, g.firstLine, job.rowWord());
                same(c, "yearFrom", yearFrom, g.yearFrom, g.firstLine, job.rowWord());
                same(c, "yearTo", yearTo, g.yearTo, g.firstLine, job.rowWord());
            }
            Organization o = null;
            if (organization != null && m != null) {
                o = organizations.get(m.code + "/" + organization);
                if (o == null) {
                    GroupRules.unknownOrganizations(c, "organization", m.code, List.of(organization));
                } else if (g != null && g.lineOf.containsKey(organization)) {
                    GroupRules.repeated(
                            c, "organization", organization, job.rowWord() + " " + g.lineOf.get(organization));
                }
            }
            rc.absorb(c);
            if (key == null) {
                continue;
            }
            if (g == null) {
                g = new Gathered(m, code, line, name, description, yearFrom, yearTo);
                byKey.put(key, g);
            }
            g.lines.add(line);
            if (!rc.ok()) {
                g.bad.add(line);
            } else if (o != null) {
                g.members.add(o);
                g.lineOf.putIfAbsent(organization, line);
            }
        }
        long good = 0;
        List<Gathered> accepted = new ArrayList<>();
        for (Gathered g : byKey.values()) {
            if (g.bad.isEmpty() && g.members.size() > GroupRules.MAX_MEMBERS) {
                Checks c = new Checks();
                GroupRules.tooMany(c, "organization", g.members.size());
                c.errors().forEach(e -> job.errors()
                        .add(
                                g.firstLine,
                                "organization",
                                null,
                                e.code(),
                                job.rowWord() + " " + g.firstLine + ": " + e.message()));
                g.bad.add(g.firstLine);
            }
            if (!g.bad.isEmpty()) {
                rejectRest(job, g);
                continue;
            }
            good += g.lines.size();
            accepted.add(g);
        }
        if (job.commits()) {
            for (Gathered g : accepted) {
                OrganizationGroup existing =
                        OrganizationGroup.byCode(g.municipality, g.code).orElse(null);
                GroupInput in = new GroupInput(
                        g.code,
                        g.name,
                        g.description,
                        g.yearFrom,
                        g.yearTo,
                        g.members.stream().map(o -> o.code).toList());
                groups.write(job.caller(), g.municipality, g.code, existing, in, g.members, job.jobId());
            }
        }
        return good;
    }

    /** "" when the caller may write the municipality, the API's refusal otherwise. */
    private static String refusal(JobContext job, String municipality) {
        try {
            job.caller().requireWrite(municipality);
            return "";
        } catch (ProblemException e) {
            return e.getMessage();
        }
    }

    /** A later row of a register may repeat its first row's name or years, not change them. */
    private static void same(Checks c, String field, Object given, Object first, long firstLine, String rowWord) {
        if (given != null && first != null && !Objects.equals(given, first)) {
            c.add(
                    field,
                    "conflicting_value",
                    "У реестра уже задано «" + first + "» (" + rowWord + " " + firstLine
                            + "): в строках одного реестра значение должно совпадать или оставаться пустым");
        }
    }

    /** The good rows of a register that is not written because of its bad rows. */
    private static void rejectRest(JobContext job, Gathered g) {
        String bad = g.bad.stream().map(String::valueOf).collect(Collectors.joining(", "));
        for (long line : g.lines) {
            if (!g.bad.contains(line)) {
                job.errors()
                        .add(
                                line,
                                null,
                                null,
                                "group_rejected",
                                job.rowWord() + " " + line + ": реестр «" + g.code + "» не записан: в его строках есть "
                                        + "ошибки (" + job.rowWord() + " " + bad + ")");
            }
        }
    }
}
