package ru.orientir.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the row version is the ETag, If-Match must name it. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** Throws 412 when If-Match is given and does not name the current version. */
    public static void checkIfMatch(String ifMatch, Integer currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        if (currentVersion == null) {
            throw ProblemException.preconditionFailed(what + " ещё не существует, а запрос требует версию " + ifMatch);
        }
        String given = ifMatch.trim();
        if (given.startsWith("W/")) {
            given = given.substring(2);
        }
        given = given.replace("\"", "");
        if (!given.equals(Integer.toString(currentVersion))) {
            throw ProblemException.preconditionFailed(what + " уже изменил(а) кто-то другой (текущая версия "
                    + currentVersion + ", у вас " + given + "). Обновите данные и повторите");
        }
    }
}
