package ru.orientir.common;

/** One problem with one field of a request (or one column of an uploaded row). */
public record FieldError(String field, String code, String message) {
}
