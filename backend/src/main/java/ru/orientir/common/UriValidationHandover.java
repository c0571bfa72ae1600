package ru.orientir.common;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of the request target over from Quarkus to {@link HttpProblems#check}. Quarkus parses every
 * target with java.net.URI before any route runs and answers a failure with an empty 400, which no handler can
 * turn into problem+json; the only switch is the system property {@code vertx.disableURIValidation}, read once when
 * the HTTP layer is loaded. This class is loaded with the configuration, before that, and sets the property unless
 * it was given; {@link HttpProblems} then applies the same java.net.URI rule (and a stricter percent-encoding one)
 * as its first handler, so nothing that was refused before gets through. It provides no configuration values.
 */
public class UriValidationHandover implements ConfigSource {

    static final String PROPERTY = "vertx.disableURIValidation";

    static {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "orientir-uri-validation-handover";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
