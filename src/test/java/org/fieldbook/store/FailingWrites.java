package org.fieldbook.store;

/**
 * Makes every write to one table fail, the way a full disk or a locked file would, until closed: triggers that
 * abort each insert and update of the table. Used to show that an editor keeps what it could not save.
 */
public final class FailingWrites implements AutoCloseable {
    public static final String MESSAGE = "simulated write failure";
    private final Database db;
    private final String table;

    private FailingWrites(Database db, String table) {
        this.db = db;
        this.table = table;
    }

    public static FailingWrites on(Database db, String table) {
        db.write(c -> {
            try (var st = c.createStatement()) {
                for (String op : new String[] {"INSERT", "UPDATE"}) {
                    st.execute("CREATE TRIGGER fail_" + op.toLowerCase(java.util.Locale.ROOT) + "_" + table + " BEFORE " + op
                            + " ON " + table + " BEGIN SELECT RAISE(ABORT, '" + MESSAGE + "'); END");
                }
            }
            return null;
        });
        return new FailingWrites(db, table);
    }

    @Override
    public void close() {
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("DROP TRIGGER IF EXISTS fail_insert_" + table);
                st.execute("DROP TRIGGER IF EXISTS fail_update_" + table);
            }
            return null;
        });
    }
}
