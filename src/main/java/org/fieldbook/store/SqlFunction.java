package org.fieldbook.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work done on a connection, inside a transaction when it is a write. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
