package org.fieldbook.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where an office workspace on PostgreSQL lives: {@code postgresql://[USER@]HOST[:PORT]/DB[?sslmode=…]}. The password is
 * never part of the address: the driver reads it from {@code PGPASSFILE} or {@code ~/.pgpass}, and when the server wants
 * one that is not there, it is asked for ({@link #connector}) and kept in memory only. TLS settings ({@code sslmode},
 * {@code sslrootcert}, …) are passed to the driver as given.
 */
public record PgLocation(String host, int port, String database, String user, Map<String, String> params) {
    private static final Set<String> ALLOWED = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "sslpassword",
            "connectTimeout", "application_name", "options", "targetServerType", "gssEncMode");

    /** True for a text that is meant as a PostgreSQL address rather than a folder. */
    public static boolean looksLike(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://"));
    }

    /** Reads an address; a mistake (no database, a password written in it, an unknown option) is a clear message. */
    public static PgLocation parse(String text) {
        if (!looksLike(text)) {
            throw StoreException.said("store.address.notPostgres", "'" + text + "' is not a PostgreSQL address (postgresql://HOST[:PORT]/DATABASE).", text);
        }
        URI uri;
        try {
            uri = new URI(text.replaceFirst("^postgres://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw StoreException.said("store.address.invalid", "'" + text + "' is not a valid PostgreSQL address: " + e.getReason(), text);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw StoreException.said("store.address.noServer", "The address " + text + " names no server (postgresql://HOST[:PORT]/DATABASE).", text);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw StoreException.said("store.address.noDatabase", "The address " + text + " names no database (postgresql://HOST[:PORT]/DATABASE).", text);
        }
        String user = null;
        if (uri.getUserInfo() != null) {
            if (uri.getUserInfo().contains(":")) {
                throw StoreException.said("store.address.password", "Do not write the password in the address: put it in ~/.pgpass (or the file PGPASSFILE"
                        + " names), or leave it out and Fieldbook asks for it.");
            }
            user = URLDecoder.decode(uri.getUserInfo(), StandardCharsets.UTF_8);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equalsIgnoreCase("password")) {
                    throw StoreException.said("store.address.password", "Do not write the password in the address: put it in ~/.pgpass (or the file"
                            + " PGPASSFILE names), or leave it out and Fieldbook asks for it.");
                }
                if (key.equals("user")) {
                    user = value;
                    continue;
                }
                if (!ALLOWED.contains(key)) {
                    String known = "user, " + String.join(", ", new java.util.TreeSet<>(ALLOWED));
                    throw StoreException.said("store.address.option", "Unknown option '" + key + "' in the address " + text + " (known: "
                            + known + ").", key, text, known);
                }
                params.put(key, value);
            }
        }
        if (user == null || user.isBlank()) {
            String env = System.getenv("PGUSER");
            user = env != null && !env.isBlank() ? env : System.getProperty("user.name");
        }
        return new PgLocation(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, user, Map.copyOf(params));
    }

    /** The JDBC address (no user or password in it). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The address as shown to people (no password, ever). */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /**
     * Makes connections. The driver looks the password up in the password file itself; when the server asks for one
     * that is not there and {@code prompt} can ask a person, it is asked once and kept in memory for this program's
     * other connections.
     */
    Database.Connector connector(Supplier<char[]> prompt) {
        char[][] asked = new char[1][];
        return reader -> {
            Properties p = properties();
            synchronized (asked) {
                if (asked[0] != null) {
                    p.setProperty("password", new String(asked[0]));
                }
            }
            try {
                return DriverManager.getConnection(jdbcUrl(), p);
            } catch (SQLException e) {
                if (!needsPassword(e) || prompt == null || asked[0] != null) {
                    throw e;
                }
                char[] password = prompt.get();
                if (password == null) {
                    throw e;
                }
                synchronized (asked) {
                    asked[0] = password;
                }
                p.setProperty("password", new String(password));
                return DriverManager.getConnection(jdbcUrl(), p);
            }
        };
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("ApplicationName", "Fieldbook");
        // Strings bound to numeric parameters are typed by the server, as SQLite takes them.
        p.setProperty("stringtype", "unspecified");
        params.forEach(p::setProperty);
        return p;
    }

    private static boolean needsPassword(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return "08004".equals(e.getSQLState()) && m.contains("password") || "28P01".equals(e.getSQLState());
    }

    /** Opens a connection for a one-off task (creating a database in tests, the move tool's checks). */
    public Connection connect() throws SQLException {
        return connector(null).connect(false);
    }
}
