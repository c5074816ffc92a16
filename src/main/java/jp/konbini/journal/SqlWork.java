package jp.konbini.journal;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of journal work on the one connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
