package jp.konbini.domain.topup;

import static jp.konbini.domain.topup.TopUpState.ABANDONED;
import static jp.konbini.domain.topup.TopUpState.APPLIED;
import static jp.konbini.domain.topup.TopUpState.CANCELLED;
import static jp.konbini.domain.topup.TopUpState.OPEN;
import static jp.konbini.domain.topup.TopUpState.PAID;
import static jp.konbini.domain.topup.TopUpState.PART_PAID;
import static jp.konbini.domain.topup.TopUpState.QUEUED;
import static jp.konbini.domain.topup.TopUpState.REFUSED;
import static jp.konbini.domain.topup.TopUpState.SETTLED;
import static jp.konbini.domain.topup.TopUpTrigger.ABANDON;
import static jp.konbini.domain.topup.TopUpTrigger.APPLY;
import static jp.konbini.domain.topup.TopUpTrigger.CANCEL;
import static jp.konbini.domain.topup.TopUpTrigger.COMPLETE;
import static jp.konbini.domain.topup.TopUpTrigger.CREDIT_FULL;
import static jp.konbini.domain.topup.TopUpTrigger.CREDIT_PART;
import static jp.konbini.domain.topup.TopUpTrigger.REFUSE;
import static jp.konbini.domain.topup.TopUpTrigger.SETTLE;

import jp.konbini.domain.TransitionTable;
import jp.konbini.domain.money.Yen;

/**
 * The top-up state machine. Money is never refused: a credit is accepted in every state in which
 * a note can still be in the acceptor (including after an abandon, when staff reconcile a pending
 * note), and a paid top-up can only move towards delivery or a refund, never back.
 */
public final class TopUpLifecycle {

    public static final TransitionTable<TopUpState, TopUpTrigger> TABLE =
            TransitionTable.builder("top-up", TopUpState.class, TopUpTrigger.class)
                    .on(OPEN, CREDIT_PART, PART_PAID)
                    .on(OPEN, CREDIT_FULL, PAID)
                    .on(OPEN, CANCEL, CANCELLED)
                    .on(OPEN, ABANDON, ABANDONED)
                    .on(PART_PAID, CREDIT_PART, PART_PAID)
                    .on(PART_PAID, CREDIT_FULL, PAID)
                    .on(PART_PAID, ABANDON, ABANDONED)
                    .on(PAID, CREDIT_FULL, PAID)
                    .on(PAID, COMPLETE, QUEUED)
                    .on(QUEUED, APPLY, APPLIED)
                    .on(QUEUED, REFUSE, REFUSED)
                    .on(REFUSED, SETTLE, SETTLED)
                    .on(ABANDONED, CREDIT_PART, ABANDONED)
                    .on(ABANDONED, CREDIT_FULL, ABANDONED)
                    .on(ABANDONED, SETTLE, SETTLED)
                    .build();

    private TopUpLifecycle() {
    }

    public static TopUpState next(TopUpState from, TopUpTrigger trigger) {
        return TABLE.next(from, trigger);
    }

    /** The credit trigger for a top-up that has {@code creditedAfter} in against {@code price}. */
    public static TopUpTrigger creditTrigger(Yen creditedAfter, Yen price) {
        return creditedAfter.isAtLeast(price) ? CREDIT_FULL : CREDIT_PART;
    }

    /** States in which the session with the customer is still going on. */
    public static boolean isInSession(TopUpState state) {
        return state == OPEN || state == PART_PAID || state == PAID;
    }
}
