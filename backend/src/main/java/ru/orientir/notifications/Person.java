package ru.orientir.notifications;

/** A recipient as Keycloak knows it: its id, login and e-mail address (null when it has none). */
public record Person(String id, String username, String email) {}
