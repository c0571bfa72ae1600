package ru.orientir.notifications;

/**
 * One notice to tell an audience: its kind ({@link NoticeKind}), the key that makes it happen once (the same key
 * never notifies a user twice nor mails twice), the municipality it concerns, a Russian title and body, and the
 * SPA's path of the thing it is about.
 */
public record Notice(String kind, String dedupeKey, String municipality, String title, String body, String link) {}
