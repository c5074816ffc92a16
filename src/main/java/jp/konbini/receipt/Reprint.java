package jp.konbini.receipt;

import java.time.Instant;

/** A receipt printed again (再発行): the number of the reprint and when it was made. */
public record Reprint(int number, Instant reprintedAt) {

    public Reprint {
        if (number < 1) {
            throw new IllegalArgumentException("reprints count from 1: " + number);
        }
    }
}
