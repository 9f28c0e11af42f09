package org.fieldbook.store;

/** Who is working on this workspace, and on which device; stamped on every change. */
public record Identity(String name, Role role, String deviceId, String workspaceId) {
    public boolean isSet() {
        return name != null && !name.isBlank() && role != null;
    }
}
