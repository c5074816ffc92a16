package jp.konbini.journal;

import java.time.Instant;

/** A claim code paid out at the register: the top-up it held money for, when, by whom, how much. */
public record ClaimSettlement(long topUpSeq, Instant settledAt, String settledBy, long yen) {
}
