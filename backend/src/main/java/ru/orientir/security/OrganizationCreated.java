package ru.orientir.security;

/** Fired after an organization is created, so the Keycloak roles of its coordinators can be provisioned. */
public record OrganizationCreated(String municipality, String code, String name) {}
