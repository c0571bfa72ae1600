package ru.orientir.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Asserts that what an answer shows belongs to municipalities the caller may read. */
final class Scope {

    private Scope() {}

    /**
     * Every code is one the caller may see (the named municipality when the request named one); with
     * dataPresent the rows the caller may see are really there, so an empty list cannot pass as "filtered".
     */
    static void within(Who who, Target target, Collection<String> codes, boolean nullsAllowed, boolean dataPresent) {
        within(who, who.reads, target, codes, nullsAllowed, dataPresent);
    }

    /** As {@link #within}, for what a school coordinator sees of its municipality too (records, figures as a whole). */
    static void seen(Who who, Target target, Collection<String> codes, boolean nullsAllowed, boolean dataPresent) {
        within(who, who.sees(), target, codes, nullsAllowed, dataPresent);
    }

    /** A school coordinator is shown no other school's rows: each row is its own school's or the municipality's. */
    static void ownSchool(Who who, Collection<String> organizations) {
        if (who.school == null) {
            return;
        }
        for (String o : organizations) {
            if (o != null && !o.equals(who.school)) {
                fail(who.label() + " was shown rows of organization «" + o + "»: " + distinct(organizations));
            }
        }
    }

    private static void within(
            Who who,
            Set<String> scope,
            Target target,
            Collection<String> codes,
            boolean nullsAllowed,
            boolean dataPresent) {
        Set<String> allowed = target.code != null ? Set.of(target.code) : scope;
        for (String code : codes) {
            if (code == null) {
                if (!nullsAllowed) {
                    fail("an item without a municipality in an answer to " + who.label());
                }
            } else if (allowed != null && !allowed.contains(code)) {
                fail(who.label() + " was shown data of «" + code + "» (may see " + allowed + "): " + distinct(codes));
            }
        }
        if (dataPresent) {
            Set<String> expected =
                    target.code != null ? Set.of(target.code) : who.readsAll() ? Set.of("kaluga", "tula") : scope;
            assertTrue(
                    codes.containsAll(expected),
                    "expected rows of " + expected + " for " + who.label() + ", got " + distinct(codes));
        }
    }

    /** The first column of a CSV export (the municipality), header and BOM dropped. */
    static List<String> firstColumn(String csv) {
        return column(csv, "municipality");
    }

    /** One column of a CSV export by its header name (empty cells as null), header and BOM dropped. */
    static List<String> column(String csv, String name) {
        List<String> out = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        int index = List.of(lines[0].split("[,;]")).indexOf(name);
        for (int i = 1; i < lines.length && index >= 0; i++) {
            if (!lines[i].isBlank()) {
                String[] cells = lines[i].split("[,;]", -1);
                String cell = index < cells.length ? cells[index].replace("\"", "") : "";
                out.add(cell.isEmpty() ? null : cell);
            }
        }
        return out;
    }

    private static Set<String> distinct(Collection<String> codes) {
        Set<String> d = new TreeSet<>();
        codes.forEach(c -> d.add(String.valueOf(c)));
        return d;
    }
}
