package org.fieldbook.sync.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.store.Sql;

/**
 * Prepared statements reused across the records of one import: compiling an INSERT on a table with triggers
 * and foreign keys once instead of once per record. Close it before the transaction ends.
 */
public final class StatementCache implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public StatementCache(Connection c) {
        this.c = c;
    }

    public PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    public int update(String sql, Object... params) throws SQLException {
        PreparedStatement ps = get(sql);
        ps.clearParameters();
        Sql.bind(ps, params);
        return ps.executeUpdate();
    }

    public Optional<String> string(String sql, Object... params) throws SQLException {
        PreparedStatement ps = get(sql);
        ps.clearParameters();
        Sql.bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }
}
