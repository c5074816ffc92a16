package jp.konbini.journal;

/** Where a receipt print job got to. */
public enum PrintJobState {
    /** Recorded before the first byte was sent; still so after a crash means it never finished. */
    PRINTING,
    /** The printer reported it printed and cut. */
    PRINTED,
    /** It did not print completely; the whole receipt must be printed again. */
    FAILED
}
