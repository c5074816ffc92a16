package jp.konbini.device.acceptor;

/** The ledger could not record money; the driver must not move the note on (no STACK, no ACK). */
public final class LedgerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
