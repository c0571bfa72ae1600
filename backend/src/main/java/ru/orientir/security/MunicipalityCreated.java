package ru.orientir.security;

/** Fired after a municipality is created, so its Keycloak roles can be provisioned. */
public record MunicipalityCreated(String code, String name) {}
