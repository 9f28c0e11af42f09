package org.fieldbook.store;

import java.util.Optional;

/** Key/value settings of a workspace kept in its database (identity, device id, language). */
public final class MetaStore {
    private final Database db;

    public MetaStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> Sql.one(c, "SELECT value FROM meta WHERE key=?", rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.write(c -> Sql.update(c, "INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", key, value));
    }

    /** The device id, created once per workspace. */
    public String deviceId() {
        return get("device_id").orElseGet(() -> {
            String id = Tracker.newId();
            put("device_id", id);
            return id;
        });
    }

    public String workspaceId() {
        return get("workspace_id").orElseGet(() -> {
            String id = Tracker.newId();
            put("workspace_id", id);
            return id;
        });
    }

    public Identity identity() {
        String name = get("user_name").orElse(null);
        Role role = get("user_role").map(Role::parse).orElse(null);
        return new Identity(name, role, deviceId(), workspaceId());
    }

    public void setIdentity(String name, Role role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        put("user_name", name.trim());
        put("user_role", role.id());
    }
}
