package jp.konbini.device.printer;

/** Why a printer cannot print now. Each has a bundle key for the screens that explain it. */
public enum PrinterProblem {
    /** The printer did not answer a status request in time (off, unplugged, wrong port or settings). */
    NOT_ANSWERING,
    /** Out of paper; staff must load a roll. */
    PAPER_OUT,
    /** The cover is open. */
    COVER_OPEN,
    /** The autocutter jammed or failed. */
    CUTTER_ERROR,
    /** An error the printer may clear itself (head too hot, cover opened while printing). */
    RECOVERABLE_ERROR,
    /** An error that needs a technician (power cycle or repair). */
    UNRECOVERABLE_ERROR,
    /** Offline for another reason (feed button held, waiting for recovery). */
    OFFLINE;

    public String bundleKey() {
        return "printer.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What a technician reads on stderr or in a log. */
    public String describe() {
        return switch (this) {
            case NOT_ANSWERING -> "printer does not answer";
            case PAPER_OUT -> "paper out";
            case COVER_OPEN -> "cover open";
            case CUTTER_ERROR -> "autocutter error";
            case RECOVERABLE_ERROR -> "recoverable error (e.g. head overheated)";
            case UNRECOVERABLE_ERROR -> "unrecoverable error";
            case OFFLINE -> "offline";
        };
    }
}
