package org.fieldbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Versioned schema migrations. Each file under {@code org/fieldbook/store/migrations} is applied once,
 * in order, inside a transaction; the schema version ({@code PRAGMA user_version} on SQLite) records how far a database
 * has come. Each engine reads the same files through its {@link Dialect}, which may hold its own version of a file.
 * Add a new file to {@link #FILES} to change the schema; never edit one that has shipped.
 */
public final class Migrations {
    /** In order; the position (1-based) is the schema version. */
    public static final List<String> FILES = List.of(
            "V001__core.sql",
            "V002__search.sql",
            "V003__index.sql",
            "V004__sync.sql",
            "V005__profile.sql",
            "V006__note_order.sql",
            "V007__fts_idle_merge.sql",
            "V008__sample_statistics_tracked.sql",
            "V009__clock_high_water.sql",
            "V010__import_digest.sql",
            "V011__index_result.sql",
            "V012__personal_data.sql",
            "V013__retention.sql",
            "V014__index_office_data.sql",
            "V015__office_search_and_files.sql",
            "V016__office_recent_search.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    public static int currentVersion(Connection c) throws SQLException {
        return Dialect.of(c).schemaVersion(c);
    }

    /** Brings the database up to the latest version; returns how many migrations ran. */
    public static int migrate(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        int current = dialect.schemaVersion(c);
        if (current > FILES.size()) {
            throw new StoreException("This workspace was written by a newer Fieldbook (schema " + current
                    + ", this version knows " + FILES.size() + "). Please update Fieldbook.");
        }
        int ran = 0;
        for (int v = current + 1; v <= FILES.size(); v++) {
            String file = FILES.get(v - 1);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                dialect.lockForMigration(c);
                if (dialect.schemaVersion(c) >= v) {
                    // another program migrated this far while this one waited for the lock
                    c.commit();
                    continue;
                }
                for (String sql : dialect.migration(file)) {
                    st.execute(sql);
                }
                dialect.setSchemaVersion(c, v);
                c.commit();
                ran++;
            } catch (SQLException e) {
                c.rollback();
                throw new StoreException("Migration " + file + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
        dialect.installConstraints(c);
        return ran;
    }

    static String load(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new StoreException("Missing migration " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + file, e);
        }
    }

    /**
     * Splits a script into statements; a SQLite trigger body (BEGIN … END;) and a PostgreSQL function body between
     * {@code $$} marks stay whole.
     */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        boolean inBody = false;
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (!inBody && (trimmed.startsWith("--") || trimmed.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER") && !trimmed.endsWith(";")) {
                inTrigger = true;
            }
            if ((line.split("\\$\\$", -1).length - 1) % 2 == 1) {
                inBody = !inBody;
            }
            boolean ends = !inBody && (inTrigger ? upper.equals("END;") : trimmed.endsWith(";"));
            if (ends) {
                out.add(current.toString().trim());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
