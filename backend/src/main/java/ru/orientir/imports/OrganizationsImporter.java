package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.facts.DataKeys;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryDtos.OrganizationInput;
import ru.orientir.territory.TerritoryRules;

/** Organizations by (municipality, code); each row needs the right to write its municipality. */
@ApplicationScoped
public class OrganizationsImporter extends EntityImporter {

    @Override
    protected Checker start(JobContext job) {
        Map<String, Municipality> municipalities = new HashMap<>();
        Municipality.<Municipality>listAll().forEach(m -> municipalities.put(m.code, m));
        Map<String, Organization> organizations = new HashMap<>();
        Organization.<Organization>listAll().forEach(o -> organizations.put(o.municipality.code + "/" + o.code, o));
        return rc -> {
            String municipalityCode = rc.text("municipality");
            String code = rc.text("code");
            OrganizationInput in = new OrganizationInput(rc.text("name"), rc.keyword("type"));
            Checks c = new Checks();
            Municipality m = null;
            if (c.required("municipality", municipalityCode)) {
                m = municipalities.get(municipalityCode);
                if (m == null) {
                    DataKeys.unknownMunicipality(c, municipalityCode);
                } else if (!job.caller().canWrite(m.code)) {
                    c.add("municipality", "forbidden", "Нет права изменять данные муниципалитета «" + m.code + "»");
                }
            }
            TerritoryRules.organization(c, code, in);
            rc.absorb(c);
            if (!rc.ok()) {
                return null;
            }
            String name = in.name();
            String type = in.type();
            Municipality home = m;
            String key = home.code + "/" + code;
            return new Pending(rc.row().number(), key, () -> {
                Organization o = organizations.get(key);
                Map<String, Object> old = o == null
                        ? null
                        : snapshot("municipality", home.code, "code", o.code, "name", o.name, "type", o.type);
                Map<String, Object> now = snapshot("municipality", home.code, "code", code, "name", name, "type", type);
                if (now.equals(old)) {
                    return;
                }
                if (o == null) {
                    o = new Organization();
                    o.municipality = home;
                    o.code = code;
                }
                o.name = name;
                o.type = type;
                o.updatedAt = OffsetDateTime.now();
                o.persist();
                audited(job, new AuditLog.Subject("organization", o.id, key, home.code, null), old, now);
            });
        };
    }
}
