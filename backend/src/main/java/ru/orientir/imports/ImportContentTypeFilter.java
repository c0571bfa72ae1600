package ru.orientir.imports;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * An upload whose Content-Type is missing, unreadable or not a file type is answered before routing:
 * 415 problem+json listing the accepted types (the framework would answer a bare 415 or fail on a type
 * it cannot parse); multipart without a boundary is 400.
 */
@Provider
@PreMatching
public class ImportContentTypeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/api/v1/imports") || path.equals("/api/v1/imports/"))) {
            return;
        }
        String given = request.getHeaderString("Content-Type");
        MediaType type;
        try {
            type = given == null || given.isBlank() ? null : MediaType.valueOf(given.strip());
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
            throw ImportService.unsupportedType(given);
        }
        String plain = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (!ImportService.ACCEPTED_TYPES.contains(plain)) {
            throw ImportService.unsupportedType(given);
        }
        if (plain.equals(MediaType.MULTIPART_FORM_DATA)
                && (type.getParameters().get("boundary") == null
                        || type.getParameters().get("boundary").isBlank())) {
            throw ru.orientir.common.ProblemException.badRequest(
                    "Content-Type",
                    "no_boundary",
                    "В типе multipart/form-data нет параметра boundary: отправьте форму заново (или файл телом запроса)");
        }
    }
}
