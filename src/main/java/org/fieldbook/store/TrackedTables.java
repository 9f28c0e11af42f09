package org.fieldbook.store;

import java.util.List;

/**
 * Every tracked table, parents before children (the order records are applied in on import), as declared in
 * {@code schema/synced-tables.json} (see {@link SyncedTables}). A feature that adds a tracked table declares it there.
 */
public final class TrackedTables {
    public static final List<TrackedTable> ALL = SyncedTables.all().stream().map(TableDeclaration::tracked).toList();

    private TrackedTables() {
    }

    public static TrackedTable byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a tracked table: " + name));
    }
}
