package ru.orientir.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem with one field of a request (or one column of an uploaded row). */
@Schema(requiredProperties = {"field", "code", "message"})
public record FieldError(String field, String code, String message) {}
