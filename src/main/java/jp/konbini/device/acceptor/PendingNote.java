package jp.konbini.device.acceptor;

import jp.konbini.domain.money.Yen;

/**
 * A note the ledger knows is in the acceptor and not yet settled: seen in escrow, or STACK sent
 * for it. Its value is known from escrow; the credit point (VEND VALID) carries none.
 */
public record PendingNote(long id, long sessionId, Yen value, Stage stage) {

    public enum Stage { ESCROWED, STACK_SENT }
}
