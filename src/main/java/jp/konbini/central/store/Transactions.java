package jp.konbini.central.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs JDBC work in one transaction on a pooled connection and commits it; a transaction that lost
 * a race (deadlock, serialization failure, lock timeout, a concurrent insert of the same key) is
 * rolled back and run again from the start.
 */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 5;

    /** JDBC work that may throw. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T run(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    SQLException sql = sqlCause(e);
                    if (sql != null && isRace(sql) && attempt < ATTEMPTS) {
                        LOG.debug("transaction lost a race ({}), attempt {} again", sql.getSQLState(), attempt + 1);
                        continue;
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static boolean isRace(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("40001") || state.equals("40P01") || state.equals("23505") || state.equals("HYT00")
                || state.equals("55P03"));
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the pool discards it and the first error is reported.
        }
    }
}
