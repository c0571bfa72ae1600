package ru.orientir.common;

import java.sql.Connection;
import java.sql.SQLException;

/** Read-only marking of connections that only read. */
public final class ReadOnly {

    private ReadOnly() {}

    /**
     * Marks the connection read-only, a guard for code that only reads, unless it is enlisted in the caller's
     * transaction (a read inside a write such as a publication), where the pool may not change it: it then only
     * reads anyway.
     */
    public static void mark(Connection c) {
        try {
            c.setReadOnly(true);
        } catch (SQLException enlisted) {
            // enlisted in a transaction: left as the transaction has it
        }
    }
}
