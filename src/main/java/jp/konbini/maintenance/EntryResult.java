package jp.konbini.maintenance;

import java.time.Instant;

/** The answer to a PIN on the maintenance keypad. */
public sealed interface EntryResult {

    /** The PIN is this operator's: maintenance mode opens for them. */
    record Entered(Operator operator) implements EntryResult {
    }

    /** Not a PIN anyone has; this many more wrong ones lock entry. */
    record Wrong(int attemptsLeft) implements EntryResult {
    }

    /** The PIN was right, but a customer had money in: the kiosk stays theirs. */
    record CustomerPaying() implements EntryResult {
    }

    /** Too many wrong PINs: no PIN is even checked until then. */
    record Locked(Instant until) implements EntryResult {
    }
}
