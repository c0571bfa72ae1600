package ru.orientir.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.orientir.common.ProblemException;

/**
 * What the caller of a request may do, computed once from the token's roles. Every service
 * asks it before reading or writing a municipality's data; import jobs carry a copy of it.
 */
public record Caller(String username, String displayName, String channel, Set<String> roles) {

    public static final String CHANNEL_UI = "ui";
    public static final String CHANNEL_API = "api";
    public static final String CHANNEL_IMPORT = "import";

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean isIntegration() {
        return roles.contains(Roles.INTEGRATION);
    }

    public boolean readsAll() {
        return isAdmin() || isIntegration() || roles.contains(Roles.MINISTRY_ANALYST);
    }

    public boolean writesAll() {
        return isAdmin() || isIntegration();
    }

    public boolean canApprove() {
        return isAdmin() || roles.contains(Roles.MINISTRY_ANALYST);
    }

    public boolean managesCatalogue() {
        return isAdmin() || isIntegration();
    }

    public boolean canRead(String municipality) {
        return readsAll() || roles.contains(Roles.viewer(municipality)) || roles.contains(Roles.editor(municipality));
    }

    public boolean canWrite(String municipality) {
        return writesAll() || roles.contains(Roles.editor(municipality));
    }

    /** Municipalities named by the caller's own roles (empty for callers who read all). */
    public Set<String> readable() {
        Set<String> codes = new TreeSet<>();
        roles.forEach(r -> Roles.parse(r).ifPresent(mr -> codes.add(mr.municipality())));
        return codes;
    }

    public Set<String> writable() {
        Set<String> codes = new TreeSet<>();
        roles.forEach(r ->
                Roles.parse(r).filter(Roles.MunicipalityRole::editor).ifPresent(mr -> codes.add(mr.municipality())));
        return codes;
    }

    /** The organizations named by the caller's per-organization roles (a school coordinator's), sorted. */
    public List<Roles.OrganizationRole> organizations() {
        return roles.stream()
                .map(Roles::parseOrganization)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Roles.OrganizationRole::municipality)
                        .thenComparing(Roles.OrganizationRole::organization)
                        .thenComparing(r -> !r.editor()))
                .toList();
    }

    /** For list queries: empty means "no restriction", otherwise the only codes the caller may see. */
    public Optional<Collection<String>> readScope() {
        return readsAll() ? Optional.empty() : Optional.of(readable());
    }

    public void requireRead(String municipality) {
        if (!canRead(municipality)) {
            throw ProblemException.forbidden("Нет доступа к данным муниципалитета «" + municipality + "»");
        }
    }

    public void requireWrite(String municipality) {
        if (!canWrite(municipality)) {
            throw ProblemException.forbidden(
                    canRead(municipality)
                            ? "У вас есть только право просмотра данных муниципалитета «" + municipality + "»"
                            : "Нет доступа к данным муниципалитета «" + municipality + "»");
        }
    }

    public void requireCatalogueAdmin() {
        if (!managesCatalogue()) {
            throw ProblemException.forbidden(
                    "Изменять справочники (показатели, территории) может только администратор");
        }
    }

    public void requireApprover() {
        if (!canApprove()) {
            throw ProblemException.forbidden(
                    "Утверждать и возвращать отчётные периоды может только аналитик министерства");
        }
    }
}
