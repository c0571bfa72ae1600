package ru.orientir.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.*;
import ru.orientir.attainment.AttainmentDtos.RowDto;
import ru.orientir.attainment.AttainmentService;
import ru.orientir.audit.AuditLog;
import ru.orientir.common.Checks;
import ru.orientir.common.ProblemException;
import ru.orientir.periods.PeriodTransition;
import ru.orientir.periods.ReportingPeriod;
import ru.orientir.publication.PublicationDtos.*;
import ru.orientir.security.Caller;
import ru.orientir.security.Roles;
import ru.orientir.territory.Municipality;
import ru.orientir.territory.Region;
import ru.orientir.territory.TerritoryService;

/**
 * Publishing an approved year to the public portal, per area or per indicator, and unpublishing it; a region's
 * policy on whether its municipalities' editors may publish. Every change is audited.
 */
@ApplicationScoped
public class PublicationService {

    static final String ENTITY = "publication";

    @Inject
    TerritoryService territory;

    @Inject
    AttainmentService attainment;

    @Inject
    AuditLog audit;

    public PublicationDto get(Caller caller, String code, int year) {
        Municipality m = territory.visibleMunicipality(caller, code);
        return view(caller, m, year, yearIndicators(m, year));
    }

    @Transactional
    public PublicationDto publish(Caller caller, String code, int year, PublishInput in) {
        Municipality m = territory.visibleMunicipality(caller, code);
        authorize(caller, m);
        ReportingPeriod period = approved(m, year);
        Map<Long, Item> items = yearIndicators(m, year);
        Set<Long> chosen = in == null || in.empty() ? items.keySet() : chosen(m, year, items, in);
        if (chosen.isEmpty()) {
            throw ProblemException.conflict(
                    "nothing-to-publish",
                    "В " + year + " году у муниципалитета «" + m.code + "» нет показателей с планом или фактом:"
                            + " публиковать нечего");
        }
        Publication pub = Publication.of(m, year).orElse(null);
        boolean inForce = pub != null && pub.inForce();
        List<String> before = codes(inForce ? pub.indicatorIds : Set.of(), items);
        if (pub == null) {
            pub = new Publication();
            pub.municipality = m;
            pub.year = year;
        } else if (!inForce) {
            // a publication of an earlier approval (the trigger deletes those: only a safeguard) starts afresh
            pub.indicatorIds.clear();
        }
        pub.period = period;
        pub.periodVersion = period.version;
        pub.indicatorIds.addAll(chosen);
        List<String> after = codes(pub.indicatorIds, items);
        if (!after.equals(before)) {
            pub.publishedAt = OffsetDateTime.now();
            pub.publishedBy = caller.username();
            pub.persistAndFlush();
            record(caller, "publish", m, pub, before, after);
        }
        return view(caller, m, year, items);
    }

    @Transactional
    public PublicationDto unpublish(Caller caller, String code, int year, PublishInput in) {
        Municipality m = territory.visibleMunicipality(caller, code);
        authorize(caller, m);
        Map<Long, Item> items = yearIndicators(m, year);
        Set<Long> removed = in == null || in.empty() ? null : chosen(m, year, items, in);
        Publication pub = Publication.of(m, year).orElse(null);
        if (pub == null) {
            return view(caller, m, year, items);
        }
        List<String> before = codes(pub.inForce() ? pub.indicatorIds : Set.of(), items);
        if (removed == null) {
            pub.indicatorIds.clear();
        } else {
            pub.indicatorIds.removeAll(removed);
        }
        List<String> after = codes(pub.inForce() ? pub.indicatorIds : Set.of(), items);
        long id = pub.id;
        if (pub.indicatorIds.isEmpty() || !pub.inForce()) {
            pub.delete();
        } else if (!after.equals(before)) {
            pub.publishedAt = OffsetDateTime.now();
            pub.publishedBy = caller.username();
        }
        Publication.flush();
        if (!after.equals(before)) {
            audit.record(
                    caller,
                    "unpublish",
                    new AuditLog.Subject(ENTITY, id, m.code + "/" + year, m.code, null),
                    Map.of("indicators", before),
                    Map.of("indicators", after));
        }
        return view(caller, m, year, items);
    }

    // ---- the region's policy -------------------------------------------------------

    public RegionSettingDto setting(Caller caller, String regionCode) {
        return settingView(territory.region(caller, regionCode));
    }

    @Transactional
    public RegionSettingDto putSetting(Caller caller, String regionCode, RegionSettingInput in) {
        if (!caller.canApprove()) {
            throw ProblemException.forbidden(
                    "Разрешить муниципалитетам публиковать свои данные могут только министерство и администратор");
        }
        Region region = territory.region(caller, regionCode);
        Checks c = new Checks();
        c.required("municipalitiesMayPublish", in == null ? null : in.municipalitiesMayPublish());
        c.throwIfAny();
        RegionPublicationSetting s = RegionPublicationSetting.findById(region.id);
        boolean old = s != null && s.municipalitiesMayPublish;
        if (s == null) {
            s = new RegionPublicationSetting();
            s.regionId = region.id;
        }
        if (!s.isPersistent() || old != in.municipalitiesMayPublish()) {
            s.municipalitiesMayPublish = in.municipalitiesMayPublish();
            s.updatedAt = OffsetDateTime.now();
            s.updatedBy = caller.username();
            s.persistAndFlush();
        }
        if (old != in.municipalitiesMayPublish()) {
            audit.record(
                    caller,
                    "update",
                    new AuditLog.Subject("region_publication", region.id, region.code, null, null),
                    Map.of("municipalitiesMayPublish", old),
                    Map.of("municipalitiesMayPublish", in.municipalitiesMayPublish()));
        }
        return settingView(region);
    }

    private static RegionSettingDto settingView(Region region) {
        RegionPublicationSetting s = RegionPublicationSetting.findById(region.id);
        return new RegionSettingDto(
                region.code,
                region.name,
                s != null && s.municipalitiesMayPublish,
                s == null ? null : s.updatedAt,
                s == null ? null : s.updatedBy);
    }

    // ---- rules -------------------------------------------------------------------

    /** The ministry and the admin publish; a municipality's own editors too when its region allows it. */
    static boolean mayPublish(Caller caller, Municipality m) {
        return caller.canApprove()
                || caller.roles().contains(Roles.editor(m.code))
                        && RegionPublicationSetting.municipalitiesMayPublish(m.region);
    }

    private static void authorize(Caller caller, Municipality m) {
        if (mayPublish(caller, m)) {
            return;
        }
        if (caller.roles().contains(Roles.editor(m.code))) {
            throw ProblemException.forbidden("Регион «" + m.region.name + "» не разрешил муниципалитетам публиковать"
                    + " свои данные: опубликовать год или снять его с публикации может министерство или"
                    + " администратор (разрешение включается в настройках публикации региона)");
        }
        throw ProblemException.forbidden(
                "Публиковать данные и снимать их с публикации могут министерство и администратор"
                        + " (и редакторы муниципалитета, если регион это разрешил)");
    }

    /** Only an approved year is published: 409 saying what state the year is in and what it takes. */
    private static ReportingPeriod approved(Municipality m, int year) {
        ReportingPeriod p = ReportingPeriod.of(m, year).orElse(null);
        String state = p == null ? ReportingPeriod.OPEN : p.state;
        if (!ReportingPeriod.APPROVED.equals(state)) {
            throw ProblemException.conflict(
                    "period-not-approved",
                    "Опубликовать можно только утверждённые данные: отчётный период " + year + " муниципалитета «"
                            + m.code + "» сейчас в состоянии «" + PeriodTransition.stateLabel(state) + "» ("
                            + state + "). Год публикуется после того, как муниципалитет отправит его на"
                            + " утверждение, а министерство утвердит");
        }
        return p;
    }

    /** An indicator of the year: its code, name and area (the municipality rows of its plan and fact). */
    record Item(String code, String name, String area) {}

    /** The indicators of the year, in the list's order (area, indicator). */
    private Map<Long, Item> yearIndicators(Municipality m, int year) {
        Map<Long, Item> out = new LinkedHashMap<>();
        for (RowDto r : attainment.municipalityRows(m.id, year, null)) {
            out.putIfAbsent(r.indicatorId(), new Item(r.indicator(), r.indicatorName(), r.area()));
        }
        return out;
    }

    /** The indicators the body names by area and by code: 422 naming each one that is not of the year. */
    private static Set<Long> chosen(Municipality m, int year, Map<Long, Item> items, PublishInput in) {
        Checks c = new Checks();
        Set<Long> out = new LinkedHashSet<>();
        List<String> areas = in.areas() == null ? List.of() : in.areas();
        Set<String> known = new TreeSet<>();
        items.values().stream().map(Item::area).filter(Objects::nonNull).forEach(known::add);
        for (int n = 0; n < areas.size(); n++) {
            String area = areas.get(n) == null ? "" : areas.get(n).trim();
            List<Long> ids = items.entrySet().stream()
                    .filter(e ->
                            e.getValue().area() != null && e.getValue().area().equalsIgnoreCase(area))
                    .map(Map.Entry::getKey)
                    .toList();
            if (ids.isEmpty()) {
                c.add(
                        "areas[" + n + "]",
                        "unknown_area",
                        "Среди показателей " + year + " года муниципалитета «" + m.code + "» нет направления «" + area
                                + "»" + (known.isEmpty() ? "" : "; есть: «" + String.join("», «", known) + "»"));
            }
            out.addAll(ids);
        }
        List<String> codes = in.indicators() == null ? List.of() : in.indicators();
        for (int n = 0; n < codes.size(); n++) {
            String code = codes.get(n) == null ? "" : codes.get(n).trim();
            Optional<Long> id = items.entrySet().stream()
                    .filter(e -> e.getValue().code().equals(code))
                    .map(Map.Entry::getKey)
                    .findFirst();
            if (id.isEmpty()) {
                c.add(
                        "indicators[" + n + "]",
                        "unknown_indicator",
                        "Показателя «" + code + "» нет в плане и факте " + year + " года муниципалитета «" + m.code
                                + "»: опубликовать можно только показатели этого года");
            }
            id.ifPresent(out::add);
        }
        c.throwIfAny();
        return out;
    }

    private static List<String> codes(Set<Long> ids, Map<Long, Item> items) {
        return ids.stream()
                .map(id -> items.containsKey(id) ? items.get(id).code() : "#" + id)
                .sorted()
                .toList();
    }

    private void record(
            Caller caller, String action, Municipality m, Publication pub, List<String> before, List<String> after) {
        audit.record(
                caller,
                action,
                new AuditLog.Subject(ENTITY, pub.id, m.code + "/" + pub.year, m.code, null),
                Map.of("indicators", before),
                Map.of("indicators", after));
    }

    private static PublicationDto view(Caller caller, Municipality m, int year, Map<Long, Item> items) {
        String state = ReportingPeriod.of(m, year).map(p -> p.state).orElse(ReportingPeriod.OPEN);
        Publication pub = Publication.inForceOf(m, year).orElse(null);
        Set<Long> published = pub == null ? Set.of() : pub.indicatorIds;
        Map<String, int[]> byArea = new LinkedHashMap<>();
        List<IndicatorDto> indicators = new ArrayList<>();
        items.forEach((id, item) -> {
            boolean on = published.contains(id);
            int[] n = byArea.computeIfAbsent(item.area() == null ? "" : item.area(), a -> new int[2]);
            n[0]++;
            n[1] += on ? 1 : 0;
            indicators.add(new IndicatorDto(item.code(), item.name(), item.area(), on));
        });
        List<AreaDto> areas = new ArrayList<>();
        byArea.forEach((area, n) -> areas.add(new AreaDto(area.isEmpty() ? null : area, n[0], n[1])));
        int count = (int) items.keySet().stream().filter(published::contains).count();
        return new PublicationDto(
                m.code,
                m.name,
                year,
                state,
                count > 0,
                count > 0 && count == items.size(),
                pub == null ? null : pub.publishedAt,
                pub == null ? null : pub.publishedBy,
                count,
                items.size(),
                areas,
                indicators,
                mayPublish(caller, m),
                RegionPublicationSetting.municipalitiesMayPublish(m.region),
                PublicResource.PATH + "/municipalities/" + m.code + "/attainment?year=" + year);
    }
}
