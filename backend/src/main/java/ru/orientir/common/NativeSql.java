package ru.orientir.common;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Native SQL text with its positional parameters, built in pieces, and the one way it is bound and run: a
 * {@code String[]}, {@code Long[]}, {@code Integer[]} or {@code BigDecimal[]} parameter goes as an SQL array (for
 * {@code = ANY (?)} and {@code unnest(?)}), anything else as it is. For the read models that one statement answers
 * (attainment, trends, the values list with its computed rows).
 */
public final class NativeSql {

    /** The text so far; a caller may rewrite it (e.g. put a validated constant in place of a join column). */
    public final StringBuilder text = new StringBuilder();

    /** The parameters in the order of their {@code ?}. */
    public final List<Object> params = new ArrayList<>();

    /** Reads the result of a statement. */
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public NativeSql add(String piece, Object... values) {
        text.append(piece);
        params.addAll(Arrays.asList(values));
        return this;
    }

    public NativeSql add(NativeSql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** Runs the statement on a connection of its own; a failure is an {@link IllegalStateException} naming {@code what}. */
    public <T> T query(DataSource dataSource, String what, Reader<T> reader) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, reader);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    /** Runs the statement on the given connection. */
    public <T> T query(Connection c, Reader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(text.toString())) {
            bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        }
    }

    /** Binds the parameters in order, arrays as SQL arrays. */
    public void bind(PreparedStatement ps) throws SQLException {
        Connection c = ps.getConnection();
        for (int n = 0; n < params.size(); n++) {
            Object p = params.get(n);
            if (p instanceof String[] codes) {
                ps.setArray(n + 1, c.createArrayOf("varchar", codes));
            } else if (p instanceof Long[] ids) {
                ps.setArray(n + 1, c.createArrayOf("bigint", ids));
            } else if (p instanceof Integer[] ints) {
                ps.setArray(n + 1, c.createArrayOf("int4", ints));
            } else if (p instanceof BigDecimal[] numbers) {
                ps.setArray(n + 1, c.createArrayOf("numeric", numbers));
            } else {
                ps.setObject(n + 1, p);
            }
        }
    }
}
