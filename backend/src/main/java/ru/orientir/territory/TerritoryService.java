package ru.orientir.territory;

import static ru.orientir.common.Pages.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.ETags;
import ru.orientir.common.PageParams;
import ru.orientir.common.PageResult;
import ru.orientir.common.Pages;
import ru.orientir.common.ProblemException;
import ru.orientir.common.Saved;
import ru.orientir.security.Caller;
import ru.orientir.security.MunicipalityCreated;
import ru.orientir.security.OrganizationCreated;
import ru.orientir.territory.TerritoryDtos.*;

/** Regions, municipalities and their organizations, with scope checks and audit on every write. */
@ApplicationScoped
public class TerritoryService {

    @Inject
    AuditLog audit;

    @Inject
    Event<MunicipalityCreated> municipalityCreated;

    @Inject
    Event<OrganizationCreated> organizationCreated;

    // ---- regions -------------------------------------------------------------------

    public PageResult<RegionDto> regions(Caller caller, PageParams p) {
        PanacheQuery<Region> q = caller.readsAll()
                ? Region.findAll(Sort.by("code"))
                : Region.find(
                        "id in (select m.region.id from Municipality m where m.code in :codes)",
                        Sort.by("code"),
                        Parameters.with("codes", caller.visible()));
        return Pages.of(q, p).map(RegionDto::of);
    }

    public Region region(Caller caller, String code) {
        Region r = Region.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("region", "Регион «" + code + "» не найден"));
        if (!caller.readsAll() && Municipality.count("region = ?1 and code in ?2", r, caller.visible()) == 0) {
            throw ProblemException.forbidden("Нет доступа к региону «" + code + "»");
        }
        return r;
    }

    @Transactional
    public Saved<RegionDto> putRegion(Caller caller, String code, RegionInput in, String ifMatch) {
        caller.requireCatalogueAdmin();
        Checks c = new Checks();
        TerritoryRules.region(c, code, in);
        c.throwIfAny();
        Region r = Region.byCode(code).orElse(null);
        ETags.checkIfMatch(ifMatch, r == null ? null : r.version, "Регион «" + code + "»");
        RegionDto old = r == null ? null : RegionDto.of(r);
        boolean created = r == null;
        if (created) {
            r = new Region();
            r.code = code;
        }
        r.name = in.name().trim();
        r.updatedAt = OffsetDateTime.now();
        r.persistAndFlush();
        RegionDto now = RegionDto.of(r);
        if (!Objects.equals(old, now)) {
            audit.record(
                    caller,
                    created ? "create" : "update",
                    new AuditLog.Subject("region", r.id, code, null, null),
                    old,
                    now);
        }
        return new Saved<>(now, r.version, created);
    }

    @Transactional
    public void deleteRegion(Caller caller, String code, String ifMatch) {
        caller.requireCatalogueAdmin();
        Region r = Region.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("region", "Регион «" + code + "» не найден"));
        ETags.checkIfMatch(ifMatch, r.version, "Регион «" + code + "»");
        new ru.orientir.common.Dependents()
                .add("municipalities", "муниципалитеты", Municipality.count("region", r))
                .throwIfAny("region-in-use", "Регион «" + code + "»", "Удалите или перенесите их сначала");
        audit.record(caller, "delete", new AuditLog.Subject("region", r.id, code, null, null), RegionDto.of(r), null);
        r.delete();
    }

    // ---- municipalities ------------------------------------------------------------

    public PageResult<MunicipalityDto> municipalities(
            Caller caller, String region, String search, String status, PageParams p) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (region != null && !region.isBlank()) {
            where.add("region.code = :region");
            params.and("region", region);
        }
        if (search != null && !search.isBlank()) {
            where.add("(lower(name) like :q or lower(code) like :q)");
            params.and("q", "%" + search.toLowerCase() + "%");
        }
        if (!caller.readsAll()) {
            where.add("code in :scope");
            params.and("scope", caller.visible());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Pages.<Municipality>of(Municipality.find(query, Sort.by("name"), params), p)
                .map(MunicipalityDto::of);
    }

    /**
     * The municipality, if the caller may see it (its readers and its schools' coordinators: the
     * record, its organizations, its periods): 404 when it does not exist, 403 when out of scope.
     */
    public Municipality visibleMunicipality(Caller caller, String code) {
        caller.requireSee(code);
        return Municipality.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("municipality", "Муниципалитет «" + code + "» не найден"));
    }

    /** The municipality, if the caller may read all its data: 404 when it does not exist, 403 when out of scope. */
    public Municipality readableMunicipality(Caller caller, String code) {
        caller.requireRead(code);
        return Municipality.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("municipality", "Муниципалитет «" + code + "» не найден"));
    }

    @Transactional
    public Saved<MunicipalityDto> putMunicipality(Caller caller, String code, MunicipalityInput in, String ifMatch) {
        caller.requireCatalogueAdmin();
        Checks c = new Checks();
        Region region =
                TerritoryRules.municipality(c, code, in, r -> Region.byCode(r).orElse(null));
        c.throwIfAny();
        Municipality m = Municipality.byCode(code).orElse(null);
        ETags.checkIfMatch(ifMatch, m == null ? null : m.version, "Муниципалитет «" + code + "»");
        MunicipalityDto old = m == null ? null : MunicipalityDto.of(m);
        boolean created = m == null;
        if (created) {
            m = new Municipality();
            m.code = code;
        }
        m.name = in.name().trim();
        m.region = region;
        m.type = blankToNull(in.type());
        m.oktmo = blankToNull(in.oktmo());
        if (blankToNull(in.status()) != null) {
            m.status = in.status().trim();
        }
        m.updatedAt = OffsetDateTime.now();
        m.persistAndFlush();
        MunicipalityDto now = MunicipalityDto.of(m);
        if (!Objects.equals(old, now)) {
            audit.record(
                    caller,
                    created ? "create" : "update",
                    new AuditLog.Subject("municipality", m.id, code, code, null),
                    old,
                    now);
        }
        if (created) {
            municipalityCreated.fire(new MunicipalityCreated(code, m.name));
        }
        return new Saved<>(now, m.version, created);
    }

    @Transactional
    public void deleteMunicipality(Caller caller, String code, String ifMatch) {
        caller.requireCatalogueAdmin();
        Municipality m = Municipality.byCode(code)
                .orElseThrow(() -> ProblemException.notFound("municipality", "Муниципалитет «" + code + "» не найден"));
        ETags.checkIfMatch(ifMatch, m.version, "Муниципалитет «" + code + "»");
        new ru.orientir.common.Dependents()
                .add("organizations", "организации", Organization.count("municipality", m))
                .add("values", "фактические значения", ru.orientir.values.MeasuredValue.count("municipality", m))
                .add("targets", "целевые значения", ru.orientir.targets.Target.count("municipality", m))
                .throwIfAny("municipality-in-use", "Муниципалитет «" + code + "»", "Удалите или перенесите их сначала");
        // Reporting periods without any value or target are only states of empty years: they go with it.
        jakarta.persistence.EntityManager em = Municipality.getEntityManager();
        em.createNativeQuery("DELETE FROM reporting_period WHERE municipality_id = ?1")
                .setParameter(1, m.id)
                .executeUpdate();
        audit.record(
                caller,
                "delete",
                new AuditLog.Subject("municipality", m.id, code, code, null),
                MunicipalityDto.of(m),
                null);
        m.delete();
        em.flush();
    }

    // ---- organizations -------------------------------------------------------------

    public PageResult<OrganizationDto> organizations(
            Caller caller, String municipality, String type, String search, String status, PageParams p) {
        Municipality m = visibleMunicipality(caller, municipality);
        StringBuilder q = new StringBuilder("municipality = :m");
        Parameters params = Parameters.with("m", m);
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (type != null && !type.isBlank()) {
            q.append(" and type = :type");
            params.and("type", type);
        }
        if (search != null && !search.isBlank()) {
            q.append(" and (lower(name) like :q or lower(code) like :q)");
            params.and("q", "%" + search.toLowerCase() + "%");
        }
        return Pages.<Organization>of(Organization.find(q.toString(), Sort.by("name"), params), p)
                .map(OrganizationDto::of);
    }

    public Organization organization(Caller caller, String municipality, String code) {
        Municipality m = visibleMunicipality(caller, municipality);
        return Organization.byCode(m, code)
                .orElseThrow(() -> ProblemException.notFound(
                        "organization", "Организация «" + code + "» муниципалитета «" + municipality + "» не найдена"));
    }

    @Transactional
    public Saved<OrganizationDto> putOrganization(
            Caller caller, String municipality, String code, OrganizationInput in, String ifMatch) {
        caller.requireWrite(municipality);
        Municipality m = readableMunicipality(caller, municipality);
        Checks c = new Checks();
        TerritoryRules.organization(c, code, in);
        c.throwIfAny();
        Organization o = Organization.byCode(m, code).orElse(null);
        ETags.checkIfMatch(ifMatch, o == null ? null : o.version, "Организация «" + code + "»");
        OrganizationDto old = o == null ? null : OrganizationDto.of(o);
        boolean created = o == null;
        if (created) {
            o = new Organization();
            o.municipality = m;
            o.code = code;
        }
        o.name = in.name().trim();
        o.type = blankToNull(in.type());
        if (blankToNull(in.status()) != null) {
            o.status = in.status().trim();
        }
        o.updatedAt = OffsetDateTime.now();
        o.persistAndFlush();
        OrganizationDto now = OrganizationDto.of(o);
        if (!Objects.equals(old, now)) {
            audit.record(
                    caller,
                    created ? "create" : "update",
                    new AuditLog.Subject("organization", o.id, municipality + "/" + code, municipality, null),
                    old,
                    now);
        }
        if (created) {
            organizationCreated.fire(new OrganizationCreated(municipality, code, o.name));
        }
        return new Saved<>(now, o.version, created);
    }

    @Transactional
    public void deleteOrganization(Caller caller, String municipality, String code, String ifMatch) {
        caller.requireWrite(municipality);
        Organization o = organization(caller, municipality, code);
        ETags.checkIfMatch(ifMatch, o.version, "Организация «" + code + "»");
        new ru.orientir.common.Dependents()
                .add("values", "фактические значения", ru.orientir.values.MeasuredValue.count("organization", o))
                .add("targets", "целевые значения", ru.orientir.targets.Target.count("organization", o))
                .throwIfAny("organization-in-use", "Организацию «" + code + "»", "Удалите их сначала");
        audit.record(
                caller,
                "delete",
                new AuditLog.Subject("organization", o.id, municipality + "/" + code, municipality, null),
                OrganizationDto.of(o),
                null);
        o.delete();
        Organization.getEntityManager().flush();
    }
}
