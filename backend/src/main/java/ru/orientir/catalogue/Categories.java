package ru.orientir.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The canonical form of a category of an indicator disaggregated by dimensions: {@code dim=member}
 * pairs joined by {@code ;}, in the order of the indicator's dimensions, e.g. {@code subject=math;grade=4}.
 * A pair may be left out (the total over that dimension); '' is the total over all of them. Blanks around
 * codes are ignored, pairs may be typed in any order, and for an indicator with one dimension the bare
 * member code ({@code math}) is accepted too; what is stored is always the canonical form.
 */
public final class Categories {

    /** The category field's description in the API contract. */
    public static final String DESCRIPTION = "'' (default) for the total; for an indicator with dimensions dim=member "
            + "pairs joined by ';' in the order of the indicator's dimensions, e.g. subject=math;grade=4 (a pair left "
            + "out is the total over that dimension; pairs in another order, blanks and, for one dimension, the bare "
            + "member code are accepted and stored canonical); otherwise one of the indicator's free-text categories";

    public static final String PAIR_SEPARATOR = ";";
    public static final String CODE_SEPARATOR = "=";

    /** The outcome of {@link #parse}: the canonical category, or why the typed one is not allowed. */
    public record Parsed(String canonical, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Categories() {}

    /** Reads a typed category against the indicator's dimensions (not empty). */
    public static Parsed parse(List<Dimension> dimensions, String typed) {
        if (typed == null || typed.isBlank()) {
            return new Parsed("", null);
        }
        String text = typed.trim();
        if (dimensions.size() == 1 && !text.contains(CODE_SEPARATOR) && !text.contains(PAIR_SEPARATOR)) {
            text = dimensions.get(0).code + CODE_SEPARATOR + text;
        }
        Map<String, String> chosen = new HashMap<>();
        for (String part : text.split(PAIR_SEPARATOR, -1)) {
            int at = part.indexOf(CODE_SEPARATOR);
            if (part.isBlank() || at < 0) {
                return new Parsed(null, "часть «" + part.trim() + "» не имеет вида измерение=код");
            }
            String dim = part.substring(0, at).trim();
            String member = part.substring(at + 1).trim();
            Dimension d = dimensions.stream()
                    .filter(x -> x.code.equals(dim))
                    .findFirst()
                    .orElse(null);
            if (d == null) {
                return new Parsed(null, "измерение «" + dim + "» не предусмотрено");
            }
            if (chosen.containsKey(dim)) {
                return new Parsed(null, "измерение «" + dim + "» указано дважды");
            }
            if (d.member(member).isEmpty()) {
                return new Parsed(null, "кода «" + member + "» нет в списке «" + d.nameRu + "»");
            }
            chosen.put(dim, member);
        }
        return new Parsed(
                dimensions.stream()
                        .filter(d -> chosen.containsKey(d.code))
                        .map(d -> d.code + CODE_SEPARATOR + chosen.get(d.code))
                        .collect(Collectors.joining(PAIR_SEPARATOR)),
                null);
    }

    /** The form and the members allowed, for messages: «subject=<код>;grade=<код>; subject («Предмет»): math «Математика», …». */
    public static String allowed(List<Dimension> dimensions) {
        String form = dimensions.stream()
                .map(d -> d.code + CODE_SEPARATOR + "<код>")
                .collect(Collectors.joining(PAIR_SEPARATOR));
        return form + "; "
                + dimensions.stream()
                        .map(d -> d.code + " («" + d.nameRu + "»): "
                                + d.members.stream()
                                        .map(m -> m.code() + " «" + m.nameRu() + "»")
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "));
    }

    /** The Russian label of a canonical category, e.g. «Математика, 4 класс»; '' for the total. */
    public static String label(List<Dimension> dimensions, String canonical) {
        if (canonical == null || canonical.isEmpty()) {
            return "";
        }
        Parsed p = parse(dimensions, canonical);
        if (!p.ok()) {
            return canonical;
        }
        Map<String, String> byDim = new HashMap<>();
        for (String part : p.canonical().split(PAIR_SEPARATOR)) {
            int at = part.indexOf(CODE_SEPARATOR);
            byDim.put(part.substring(0, at), part.substring(at + 1));
        }
        return dimensions.stream()
                .filter(d -> byDim.containsKey(d.code))
                .map(d ->
                        d.member(byDim.get(d.code)).map(DimensionMember::nameRu).orElse(byDim.get(d.code)))
                .collect(Collectors.joining(", "));
    }
}
