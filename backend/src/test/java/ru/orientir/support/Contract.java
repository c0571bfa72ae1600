package ru.orientir.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks every response the tests receive against the published contract (the root openapi.yaml).
 * Requests are not checked: many tests send wrong requests on purpose.
 */
public final class Contract {

    public static final Path PUBLISHED =
            Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static OpenApiValidationFilter filter;
    private static OpenApiInteractionValidator validator;

    private Contract() {}

    public static synchronized OpenApiValidationFilter validationFilter() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator());
        }
        return filter;
    }

    /** The validator behind {@link #validationFilter()}, for answers received without REST Assured. */
    public static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            try {
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(PUBLISHED))
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                // problem+json answers of statuses an operation does not list are still checked by
                                // tests
                                .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                                .withLevel("validation.response.contentType.notAllowed", ValidationReport.Level.IGNORE)
                                .build())
                        .build();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + PUBLISHED, e);
            }
        }
        return validator;
    }
}
