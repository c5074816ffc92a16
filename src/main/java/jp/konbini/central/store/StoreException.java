package jp.konbini.central.store;

import java.sql.SQLException;

/** The central database failed (unreachable, full, a bug in a statement); nothing of the transaction was kept. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
