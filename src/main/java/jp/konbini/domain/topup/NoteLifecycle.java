package jp.konbini.domain.topup;

import static jp.konbini.domain.topup.NoteState.CREDITED;
import static jp.konbini.domain.topup.NoteState.ESCROWED;
import static jp.konbini.domain.topup.NoteState.RETURNED;
import static jp.konbini.domain.topup.NoteState.STACKING;

import jp.konbini.domain.TransitionTable;

/**
 * A note is credited only after STACK was recorded as sent (money rule 2), and only once: a
 * repeated credit of a credited note is a duplicate, answered without a second credit.
 */
public final class NoteLifecycle {

    public static final TransitionTable<NoteState, NoteTrigger> TABLE =
            TransitionTable.builder("note", NoteState.class, NoteTrigger.class)
                    .on(ESCROWED, NoteTrigger.STACK_SENT, STACKING)
                    .on(ESCROWED, NoteTrigger.RETURNED, RETURNED)
                    .on(STACKING, NoteTrigger.CREDITED, CREDITED)
                    .on(STACKING, NoteTrigger.RETURNED, RETURNED)
                    .build();

    private NoteLifecycle() {
    }

    public static NoteState next(NoteState from, NoteTrigger trigger) {
        return TABLE.next(from, trigger);
    }

    /** A note that is in the acceptor and not yet settled either way. */
    public static boolean isPending(NoteState state) {
        return state == ESCROWED || state == STACKING;
    }
}
