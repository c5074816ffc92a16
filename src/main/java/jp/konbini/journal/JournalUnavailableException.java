package jp.konbini.journal;

/** The journal cannot take this write (or any further one); the caller must not move money on. */
public final class JournalUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final JournalFault fault;

    public JournalUnavailableException(JournalFault fault, String detail, Throwable cause) {
        super(fault.description() + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.fault = fault;
    }

    public JournalFault fault() {
        return fault;
    }
}
