package ru.orientir.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.security.MunicipalityCreated;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Region;
import ru.orientir.territory.TerritoryDtos.MunicipalityInput;
import ru.orientir.territory.TerritoryRules;

/** Municipalities by code (catalogue administrators); new ones get their Keycloak roles like through the API. */
@ApplicationScoped
public class MunicipalitiesImporter extends EntityImporter {

    private static final Logger LOG = Logger.getLogger(MunicipalitiesImporter.class);

    @Inject
    Event<MunicipalityCreated> created;

    @Override
    protected Checker start(JobContext job) {
        Map<String, Region> regions = new HashMap<>();
        Region.<Region>listAll().forEach(r -> regions.put(r.code, r));
        Map<String, Municipality> municipalities = new HashMap<>();
        Municipality.<Municipality>listAll().forEach(m -> municipalities.put(m.code, m));
        List<MunicipalityCreated> createdNow = new ArrayList<>();
        return new Checker() {
            @Override
            public Pending check(RowCheck rc) {
                String code = rc.text("code");
                String name = rc.text("name");
                String type = rc.text("type");
                String oktmo = rc.text("oktmo");
                Checks c = new Checks();
                Region region = TerritoryRules.municipality(
                        c, code, new MunicipalityInput(name, rc.text("region"), type, oktmo), regions::get);
                rc.absorb(c);
                if (!rc.ok()) {
                    return null;
                }
                return new Pending(rc.row().number(), code, () -> write(code, name, region, type, oktmo));
            }

            private void write(String code, String name, Region region, String type, String oktmo) {
                Municipality m = municipalities.get(code);
                Map<String, Object> old = m == null
                        ? null
                        : snapshot(
                                "code",
                                m.code,
                                "name",
                                m.name,
                                "region",
                                m.region.code,
                                "type",
                                m.type,
                                "oktmo",
                                m.oktmo);
                Map<String, Object> now =
                        snapshot("code", code, "name", name, "region", region.code, "type", type, "oktmo", oktmo);
                if (now.equals(old)) {
                    return;
                }
                if (m == null) {
                    m = new Municipality();
                    m.code = code;
                    createdNow.add(new MunicipalityCreated(code, name));
                }
                m.name = name;
                m.region = region;
                m.type = type;
                m.oktmo = oktmo;
                m.updatedAt = OffsetDateTime.now();
                m.persist();
                audited(job, new AuditLog.Subject("municipality", m.id, code, code, null), old, now);
            }

            @Override
            public void afterCommit() {
                for (MunicipalityCreated e : createdNow) {
                    try {
                        created.fire(e);
                    } catch (RuntimeException ex) {
                        LOG.warnf(ex, "roles of the imported municipality %s were not provisioned", e.code());
                    }
                }
            }
        };
    }
}
