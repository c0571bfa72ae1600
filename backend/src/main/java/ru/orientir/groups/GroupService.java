package ru.orientir.groups;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.groups.GroupDtos.GroupDto;
import ru.orientir.groups.GroupDtos.GroupInput;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

/** Registers of a municipality's organizations: its readers see them, its editors keep them, every change audited. */
@ApplicationScoped
public class GroupService {

    @Inject
    TerritoryService territory;

    @Inject
    AuditLog audit;

    public PageResult<GroupDto> list(Caller caller, String municipality, PageParams p) {
        Municipality m = territory.readableMunicipality(caller, municipality);
        return Pages.<OrganizationGroup>of(
                        OrganizationGroup.find(
                                "municipality", Sort.by("yearFrom").and("code"), m),
                        p)
                .map(GroupDto::of);
    }

    public OrganizationGroup group(Caller caller, String municipality, String code) {
        Municipality m = territory.readableMunicipality(caller, municipality);
        return OrganizationGroup.byCode(m, code)
                .orElseThrow(() -> ProblemException.notFound(
                        "group", "Реестр «" + code + "» муниципалитета «" + municipality + "» не найден"));
    }

    @Transactional
    public Saved<GroupDto> put(Caller caller, String municipality, String code, GroupInput in, String ifMatch) {
        caller.requireWrite(municipality);
        Municipality m = territory.readableMunicipality(caller, municipality);
        Checks c = new Checks();
        Set<Organization> members = validate(c, m, code, in);
        c.throwIfAny();
        OrganizationGroup g = OrganizationGroup.byCode(m, code).orElse(null);
        ETags.checkIfMatch(ifMatch, g == null ? null : g.version, "Реестр «" + code + "»");
        return write(caller, m, code, g, in, members, null);
    }

    /**
     * Creates the register or replaces its name, years and members (all checked already), and audits the
     * change; nothing is written when nothing changes. The one write of the API and of files ({@code
     * importJob} names the job of a file).
     */
    public Saved<GroupDto> write(
            Caller caller,
            Municipality m,
            String code,
            OrganizationGroup existing,
            GroupInput in,
            Set<Organization> members,
            UUID importJob) {
        OrganizationGroup g = existing;
        boolean created = g == null;
        GroupDto old = created ? null : GroupDto.of(g);
        if (created) {
            g = new OrganizationGroup();
            g.municipality = m;
            g.code = code;
        }
        g.name = in.name().trim();
        g.description = blankToNull(in.description());
        g.yearFrom = in.yearFrom();
        g.yearTo = in.yearTo() == null ? in.yearFrom() : in.yearTo();
        if (!g.organizations.equals(members)) {
            g.organizations.clear();
            g.organizations.addAll(members);
        }
        if (!created && GroupDto.of(g).equals(old)) {
            return new Saved<>(old, g.version, false);
        }
        g.updatedAt = OffsetDateTime.now();
        g.updatedBy = caller.username();
        g.persistAndFlush();
        GroupDto now = GroupDto.of(g);
        audit.record(caller, created ? "create" : "update", subject(g), old, now, importJob, null);
        return new Saved<>(now, g.version, created);
    }

    @Transactional
    public void delete(Caller caller, String municipality, String code, String ifMatch) {
        caller.requireWrite(municipality);
        OrganizationGroup g = group(caller, municipality, code);
        ETags.checkIfMatch(ifMatch, g.version, "Реестр «" + code + "»");
        audit.record(caller, "delete", subject(g), GroupDto.of(g), null);
        g.delete();
    }

    /** Every field error at once; the organizations named, resolved within the municipality. */
    private static Set<Organization> validate(Checks c, Municipality m, String code, GroupInput in) {
        c.code("code", code);
        if (in == null) {
            GroupRules.fields(c, null, null, null, null);
            return Set.of();
        }
        c.sameCode("code", in.code(), code);
        GroupRules.fields(c, in.name(), in.description(), in.yearFrom(), in.yearTo());
        return members(c, m, in.organizations());
    }

    private static Set<Organization> members(Checks c, Municipality m, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        if (codes.size() > GroupRules.MAX_MEMBERS) {
            GroupRules.tooMany(c, "organizations", codes.size());
            return Set.of();
        }
        Set<String> wanted = new TreeSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String oc = blankToNull(codes.get(i));
            if (oc == null) {
                c.add("organizations[" + i + "]", "required", "Код организации " + (i + 1) + " пуст");
            } else {
                wanted.add(oc);
            }
        }
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Map<String, Organization> found = organizations(m, wanted);
        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(found.keySet());
        GroupRules.unknownOrganizations(c, "organizations", m.code, unknown);
        Set<Organization> members = new LinkedHashSet<>();
        wanted.stream().map(found::get).filter(Objects::nonNull).forEach(members::add);
        return members;
    }

    /** The municipality's organizations of these codes, by code. */
    public static Map<String, Organization> organizations(Municipality m, Set<String> codes) {
        return Organization.<Organization>list("municipality = ?1 and code in ?2", m, codes).stream()
                .collect(Collectors.toMap(o -> o.code, Function.identity()));
    }

    private static AuditLog.Subject subject(OrganizationGroup g) {
        return new AuditLog.Subject("group", g.id, g.municipality.code + "/" + g.code, g.municipality.code, null);
    }
}
