package jp.konbini.journal;

import java.util.Objects;

/**
 * Whether the journal can record money right now. A fault is sticky: once a write has failed the
 * journal stays unavailable until the kiosk is restarted, so no later note is taken on hope.
 */
public record JournalStatus(JournalFault fault, String detail) {

    private static final JournalStatus WRITABLE = new JournalStatus(null, "");

    public static JournalStatus writable() {
        return WRITABLE;
    }

    public static JournalStatus unavailable(JournalFault fault, String detail) {
        return new JournalStatus(Objects.requireNonNull(fault), detail == null ? "" : detail);
    }

    /** The kiosk may accept cash only while this is true (money rule 5). */
    public boolean acceptsCash() {
        return fault == null;
    }

    /** One line for a technician: {@code writable}, or the fault and its detail. */
    public String describe() {
        return fault == null ? "writable" : fault.description() + (detail.isEmpty() ? "" : ": " + detail);
    }
}
