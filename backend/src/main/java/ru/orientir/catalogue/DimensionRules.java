package ru.orientir.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.orientir.catalogue.DimensionDtos.DimensionInput;
import ru.orientir.common.Checks;

/** The rules of a dimension written under a code: names and members (codes unique, each named in Russian). */
public final class DimensionRules {

    public static final int MAX_NAME = 300;

    private DimensionRules() {}

    public static void validate(Checks c, String code, DimensionInput in) {
        c.code("code", code);
        if (in == null) {
            c.required("nameRu", null);
            c.required("members", null);
            return;
        }
        c.sameCode("code", in.code(), code);
        if (c.required("nameRu", in.nameRu())) {
            c.maxLength("nameRu", in.nameRu(), MAX_NAME);
        }
        c.maxLength("nameEn", in.nameEn(), MAX_NAME);
        if (!c.required("members", in.members())) {
            return;
        }
        List<DimensionMember> members = in.members();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < members.size(); n++) {
            DimensionMember m = members.get(n);
            String f = "members[" + n + "]";
            if (m == null) {
                c.add(f, "required", "Элемент " + (n + 1) + " пуст");
                continue;
            }
            c.code(f + ".code", m.code());
            if (m.code() != null && !seen.add(m.code())) {
                c.add(f + ".code", "duplicate", "Код «" + m.code() + "» указан дважды");
            }
            if (c.required(f + ".nameRu", m.nameRu())) {
                c.maxLength(f + ".nameRu", m.nameRu(), MAX_NAME);
            }
            c.maxLength(f + ".nameEn", m.nameEn(), MAX_NAME);
        }
    }
}
