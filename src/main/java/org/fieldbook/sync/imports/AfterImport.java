package org.fieldbook.sync.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Work another feature must do inside an import's (or an undo's) write transaction, after the records are written:
 * rules that hold whatever a merge or an undo produced (an erased person stays erased). Registered by {@code app}.
 */
public interface AfterImport {
    /** After an import: {@code touched} maps each table to the ids of the bundle's records. */
    void imported(Connection c, Map<String, Set<String>> touched) throws SQLException;

    /** After the last import was undone. */
    void undone(Connection c) throws SQLException;

    /** After the import's transaction committed (outside it): file-level work such as compacting. */
    default void committed() {
    }
}
