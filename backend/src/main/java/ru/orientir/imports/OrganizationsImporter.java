package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Organization;
import ru.orientir.territory.TerritoryService;

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
            String municipalityCode = rc.required("municipality");
            String code = rc.text("code");
            String name = rc.required("name");
            String type = rc.keyword("type");
            Checks c = new Checks();
            c.code("code", code);
            c.maxLength("name", name, 500);
            c.oneOf("type", type, TerritoryService.ORGANIZATION_TYPES);
            rc.absorb(c);
            Municipality m = municipalityCode == null ? null : municipalities.get(municipalityCode);
            if (municipalityCode != null && m == null) {
                rc.error("municipality", "муниципалитет с таким кодом не найден");
            } else if (m != null && !job.caller().canWrite(m.code)) {
                rc.error("municipality", "нет права изменять данные этого муниципалитета");
            }
            if (!rc.ok()) {
                return null;
            }
            String key = m.code + "/" + code;
            return new Pending(rc.row().number(), key, () -> {
                Organization o = organizations.get(key);
                Map<String, Object> old = o == null ? null
                        : snapshot("municipality", m.code, "code", o.code, "name", o.name, "type", o.type);
                Map<String, Object> now = snapshot("municipality", m.code, "code", code, "name", name, "type", type);
                if (now.equals(old)) {
                    return;
                }
                if (o == null) {
                    o = new Organization();
                    o.municipality = m;
                    o.code = code;
                }
                o.name = name;
                o.type = type;
                o.updatedAt = OffsetDateTime.now();
                o.persist();
                audited(job, new AuditLog.Subject("organization", o.id, key, m.code, null), old, now);
            });
        };
    }
}
