package jp.konbini.central.store;

/** The central database cannot be opened (unreachable, wrong credentials, a schema it cannot migrate). */
public final class CentralDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CentralDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
