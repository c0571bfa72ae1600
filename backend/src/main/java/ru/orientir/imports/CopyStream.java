package ru.orientir.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with PostgreSQL COPY (text format), buffered in chunks of about 1 MB:
 * the fastest way to hand a million rows to the database without holding them in memory.
 */
public class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstField = true;
    private long rows;
    private long sendingNanos;

    public CopyStream(Connection c, String copySql) throws SQLException {
        copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    public CopyStream field(Object value) {
        if (!firstField) {
            buffer.append('\t');
        }
        firstField = false;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            buffer.append(value);
        } else {
            escape(value.toString());
        }
        return this;
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        firstField = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            long t0 = System.nanoTime();
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            sendingNanos += System.nanoTime() - t0;
            buffer.setLength(0);
        }
    }

    /** Time spent handing chunks to the database (waiting when it is slower than the parser). */
    public long sendingNanos() {
        return sendingNanos;
    }

    /** Sends the rest and ends the COPY; returns the number of rows sent. */
    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the connection is rolled back and closed by the caller anyway
            }
        }
    }
}
