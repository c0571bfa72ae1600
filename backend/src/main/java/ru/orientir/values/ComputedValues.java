package ru.orientir.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import ru.orientir.catalogue.Indicator;
import ru.orientir.facts.DataFilter;
import ru.orientir.rules.DerivedFacts;
import ru.orientir.security.Caller;
import ru.orientir.territory.Municipality;

/**
 * The computed rows of the values list and of the workbook export: the facts of derived indicators that a values
 * filter matches, by {@link DerivedFacts} (the computation attainment uses, never a second one). A computed fact is
 * a municipality's annual total: a filter on an organization or a register matches none (as it matches no
 * municipality-level row); without a municipality, those the caller may see a municipality's figures of (its
 * municipalities and its schools' ones, as {@link ru.orientir.facts.ReadScope} lets it read their rows as a whole).
 * At most one fact per derived indicator, municipality and year is held in memory.
 */
@ApplicationScoped
public class ComputedValues {

    @Inject
    DerivedFacts derived;

    /** The facts matching the filter, which {@link DataFilter#check} has let the caller ask for. */
    public List<DerivedFacts.Fact> matching(Caller caller, DataFilter.Parsed f) {
        if (f.organization() != null || f.group() != null) {
            return List.of();
        }
        Long[] indicators = null;
        if (f.indicator() != null) {
            Indicator i = Indicator.byCode(f.indicator()).orElse(null);
            if (i == null || !i.derived()) {
                return List.of();
            }
            indicators = new Long[] {i.id};
        } else if (Indicator.count("derivedRule is not null and status = 'active'") == 0) {
            return List.of();
        }
        Long[] municipalities = municipalities(caller, f);
        if (municipalities != null && municipalities.length == 0) {
            return List.of();
        }
        Integer[] years = f.year() == null ? null : new Integer[] {f.year()};
        return derived.facts(indicators, municipalities, years, f.yearFrom(), f.yearTo()).stream()
                .filter(x -> (f.yearFrom() == null || x.year() >= f.yearFrom())
                        && (f.yearTo() == null || x.year() <= f.yearTo()))
                .toList();
    }

    /** The municipalities to compute for: the named one, all (null) for a caller who reads all, else those it sees. */
    private static Long[] municipalities(Caller caller, DataFilter.Parsed f) {
        if (f.municipality() != null) {
            return Municipality.byCode(f.municipality())
                    .map(m -> new Long[] {m.id})
                    .orElse(new Long[0]);
        }
        if (caller.readsAll()) {
            return null;
        }
        Set<String> visible = caller.visible();
        if (visible.isEmpty()) {
            return new Long[0];
        }
        return Municipality.<Municipality>list("code in ?1", visible).stream()
                .map(m -> m.id)
                .toArray(Long[]::new);
    }
}
