package ru.orientir.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the problem+json answers every endpoint can give, and the 201 of a
 * PUT that creates, so that the published contract says what clients really receive. Every operation needs the
 * bearer token except those of the public portal (/api/v1/public/...), which document no security, no 401 or 403,
 * and their 429.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Неверный запрос (malformed request or parameter)",
            "403", "Нет прав на эту операцию или муниципалитет (out of the caller's scope)",
            "404", "Не найдено (not found)",
            "409", "Конфликт: период заблокирован, запись используется (conflict)",
            "412", "Версия в If-Match устарела (stale If-Match)",
            "422", "Ошибки в данных, по полям (validation errors per field)");

    /** The public portal's paths: read without a token (application.properties permits exactly these). */
    static final String PUBLIC = "/api/v1/public";

    /** The security scheme of quarkus.smallrye-openapi.security-scheme-name. */
    static final String BEARER = "bearer";

    private static final Map<String, String> PUBLIC_PROBLEMS = Map.of(
            "400", "Неверный запрос (malformed request or parameter)",
            "404", "Не опубликовано или не найдено (not published, or not found)",
            "429", "Слишком много запросов с этого адреса (rate limit per client address; Retry-After)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // the raw generic page; every list names its own (PageResultValueDto...), so a client needs no untyped one
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("PageResult");
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean open = path.equals(PUBLIC) || path.startsWith(PUBLIC + "/");
            item.getOperations().forEach((method, op) -> {
                if (open) {
                    documentPublic(op);
                } else {
                    document(method, op);
                }
            });
        });
    }

    private static APIResponses responses(Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        return responses;
    }

    /** No token, no 401 or 403: the problems a public read can give. */
    private static void documentPublic(Operation op) {
        APIResponses responses = responses(op);
        for (var e : new java.util.TreeMap<>(PUBLIC_PROBLEMS).entrySet()) {
            if (!responses.hasAPIResponse(e.getKey())) {
                responses.addAPIResponse(
                        e.getKey(), OASFactory.createAPIResponse().description(e.getValue()));
            }
        }
        problemContent(responses);
    }

    private static void document(PathItem.HttpMethod method, Operation op) {
        APIResponses responses = responses(op);
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
        if (method == PathItem.HttpMethod.PUT && responses.hasAPIResponse("200") && !responses.hasAPIResponse("201")) {
            APIResponse ok = responses.getAPIResponse("200");
            responses.addAPIResponse(
                    "201", OASFactory.createAPIResponse().description("Created").content(ok.getContent()));
        }
        if (!responses.hasAPIResponse("401")) {
            // answered by the OIDC layer with the header WWW-Authenticate: Bearer and a problem+json body
            responses.addAPIResponse(
                    "401",
                    OASFactory.createAPIResponse()
                            .description(
                                    "Нет токена или он недействителен (no or invalid token; WWW-Authenticate: Bearer)"));
        }
        for (var e : new java.util.TreeMap<>(PROBLEMS).entrySet()) {
            if (!responses.hasAPIResponse(e.getKey())) {
                responses.addAPIResponse(
                        e.getKey(), OASFactory.createAPIResponse().description(e.getValue()));
            }
        }
        problemContent(responses);
    }

    /** Every error an operation documents comes as problem+json. */
    private static void problemContent(APIResponses responses) {
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
            }
        });
    }
}
