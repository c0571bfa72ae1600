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
        Set<String> allowed = target.code != null ? Set.of(target.code) : who.reads;
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
                    target.code != null ? Set.of(target.code) : who.readsAll() ? Set.of("kaluga", "tula") : who.reads;
            assertTrue(
                    codes.containsAll(expected),
                    "expected rows of " + expected + " for " + who.label() + ", got " + distinct(codes));
        }
    }

    /** The first column of a CSV export (the municipality), header and BOM dropped. */
    static List<String> firstColumn(String csv) {
        List<String> out = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(lines[i].split("[,;]", 2)[0].replace("\"", ""));
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
