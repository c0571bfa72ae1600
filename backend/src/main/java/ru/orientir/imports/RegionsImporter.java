package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.territory.Region;
import ru.orientir.territory.TerritoryDtos.RegionInput;
import ru.orientir.territory.TerritoryRules;

/** Regions by code (catalogue administrators). */
@ApplicationScoped
public class RegionsImporter extends EntityImporter {

    @Override
    protected Checker start(JobContext job) {
        Map<String, Region> regions = new HashMap<>();
        Region.<Region>listAll().forEach(r -> regions.put(r.code, r));
        return rc -> {
            String code = rc.text("code");
            String name = rc.text("name");
            Checks c = new Checks();
            TerritoryRules.region(c, code, new RegionInput(name));
            rc.absorb(c);
            if (!rc.ok()) {
                return null;
            }
            return new Pending(rc.row().number(), code, () -> {
                Region r = regions.get(code);
                Map<String, Object> old = r == null ? null : snapshot("code", r.code, "name", r.name);
                Map<String, Object> now = snapshot("code", code, "name", name);
                if (now.equals(old)) {
                    return;
                }
                if (r == null) {
                    r = new Region();
                    r.code = code;
                }
                r.name = name;
                r.updatedAt = OffsetDateTime.now();
                r.persist();
                audited(job, new AuditLog.Subject("region", r.id, code, null, null), old, now);
            });
        };
    }
}
