package jp.konbini.journal;

import jp.konbini.domain.topup.TopUpTrigger;

/** What a closed top-up is, as the outbox sends it: a purchase to apply, or a session kept for the record. */
public enum OutboxKind {
    PURCHASE,
    CANCELLED,
    ABANDONED;

    static OutboxKind closedBy(TopUpTrigger trigger) {
        return switch (trigger) {
            case COMPLETE -> PURCHASE;
            case CANCEL -> CANCELLED;
            case ABANDON -> ABANDONED;
            default -> throw new IllegalArgumentException(trigger + " does not close a top-up");
        };
    }
}
