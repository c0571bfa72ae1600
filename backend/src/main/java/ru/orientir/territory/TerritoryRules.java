package ru.orientir.territory;

import static ru.orientir.common.Pages.blankToNull;

import java.util.List;
import java.util.function.Function;
import ru.orientir.common.Checks;
import ru.orientir.territory.TerritoryDtos.MunicipalityInput;
import ru.orientir.territory.TerritoryDtos.OrganizationInput;
import ru.orientir.territory.TerritoryDtos.RegionInput;

/**
 * The rules of regions, municipalities and organizations, the same for the PUTs of the territory
 * and every row of their files. Field names are those of the inputs (plus {@code code}).
 */
public final class TerritoryRules {

    public static final List<String> ORGANIZATION_TYPES =
            List.of("school", "kindergarten", "additional_education", "college", "other");
    public static final int MAX_REGION_NAME = 300;
    public static final int MAX_MUNICIPALITY_NAME = 300;
    public static final int MAX_ORGANIZATION_NAME = 500;
    public static final int MAX_TYPE = 32;
    public static final List<String> STATUSES = List.of("active", "archived");

    private TerritoryRules() {}

    public static void region(Checks c, String code, RegionInput in) {
        c.code("code", code);
        if (c.required("name", in == null ? null : in.name())) {
            c.maxLength("name", in.name(), MAX_REGION_NAME);
        }
    }

    /** Checks a municipality; returns its region found by {@code regions} (null when unknown or not given). */
    public static Region municipality(Checks c, String code, MunicipalityInput in, Function<String, Region> regions) {
        c.code("code", code);
        if (in == null) {
            c.required("name", null);
            c.required("region", null);
            return null;
        }
        if (c.required("name", in.name())) {
            c.maxLength("name", in.name(), MAX_MUNICIPALITY_NAME);
        }
        Region region = null;
        if (c.required("region", in.region())) {
            region = regions.apply(in.region().trim());
            if (region == null) {
                c.add("region", "unknown_region", "Регион «" + in.region().trim() + "» не найден");
            }
        }
        String oktmo = blankToNull(in.oktmo());
        if (oktmo != null && !oktmo.matches("\\d{8}|\\d{11}")) {
            c.add("oktmo", "invalid_oktmo", "Код ОКТМО должен состоять из 8 или 11 цифр");
        }
        c.maxLength("type", blankToNull(in.type()), MAX_TYPE);
        c.oneOf("status", blankToNull(in.status()), STATUSES);
        return region;
    }

    public static void organization(Checks c, String code, OrganizationInput in) {
        c.code("code", code);
        if (in == null) {
            c.required("name", null);
            return;
        }
        if (c.required("name", in.name())) {
            c.maxLength("name", in.name(), MAX_ORGANIZATION_NAME);
        }
        c.oneOf("type", blankToNull(in.type()), ORGANIZATION_TYPES);
        c.oneOf("status", blankToNull(in.status()), STATUSES);
    }
}
