package jp.konbini.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteLifecycle;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.NoteTrigger;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.domain.topup.TopUpTrigger;
import org.junit.jupiter.api.Test;

/** The whole table, cell by cell: every allowed step leads where it should, every other one throws. */
class TopUpLifecycleTest {

    private static final Map<TopUpState, Map<TopUpTrigger, TopUpState>> EXPECTED = new EnumMap<>(TopUpState.class);

    static {
        allow(TopUpState.OPEN, TopUpTrigger.CREDIT_PART, TopUpState.PART_PAID);
        allow(TopUpState.OPEN, TopUpTrigger.CREDIT_FULL, TopUpState.PAID);
        allow(TopUpState.OPEN, TopUpTrigger.CANCEL, TopUpState.CANCELLED);
        allow(TopUpState.OPEN, TopUpTrigger.ABANDON, TopUpState.ABANDONED);
        allow(TopUpState.PART_PAID, TopUpTrigger.CREDIT_PART, TopUpState.PART_PAID);
        allow(TopUpState.PART_PAID, TopUpTrigger.CREDIT_FULL, TopUpState.PAID);
        allow(TopUpState.PART_PAID, TopUpTrigger.ABANDON, TopUpState.ABANDONED);
        allow(TopUpState.PAID, TopUpTrigger.CREDIT_FULL, TopUpState.PAID);
        allow(TopUpState.PAID, TopUpTrigger.COMPLETE, TopUpState.QUEUED);
        allow(TopUpState.QUEUED, TopUpTrigger.APPLY, TopUpState.APPLIED);
        allow(TopUpState.QUEUED, TopUpTrigger.REFUSE, TopUpState.REFUSED);
        allow(TopUpState.REFUSED, TopUpTrigger.SETTLE, TopUpState.SETTLED);
        allow(TopUpState.ABANDONED, TopUpTrigger.CREDIT_PART, TopUpState.ABANDONED);
        allow(TopUpState.ABANDONED, TopUpTrigger.CREDIT_FULL, TopUpState.ABANDONED);
        allow(TopUpState.ABANDONED, TopUpTrigger.SETTLE, TopUpState.SETTLED);
    }

    private static void allow(TopUpState from, TopUpTrigger trigger, TopUpState to) {
        EXPECTED.computeIfAbsent(from, k -> new EnumMap<>(TopUpTrigger.class)).put(trigger, to);
    }

    @Test
    void everyCellOfTheTopUpTable() {
        int allowed = 0;
        for (TopUpState from : TopUpState.values()) {
            for (TopUpTrigger trigger : TopUpTrigger.values()) {
                TopUpState expected = EXPECTED.getOrDefault(from, Map.of()).get(trigger);
                if (expected != null) {
                    assertEquals(expected, TopUpLifecycle.next(from, trigger), from + " + " + trigger);
                    allowed++;
                } else {
                    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                            () -> TopUpLifecycle.next(from, trigger), from + " + " + trigger + " must be refused");
                    assertEquals(from, e.from());
                    assertEquals(trigger, e.trigger());
                }
            }
        }
        assertEquals(15, allowed);
    }

    @Test
    void moneyInNeverGoesBackToCancelled() {
        assertThrows(IllegalTransitionException.class, () -> TopUpLifecycle.next(TopUpState.PART_PAID, TopUpTrigger.CANCEL));
        assertThrows(IllegalTransitionException.class, () -> TopUpLifecycle.next(TopUpState.PAID, TopUpTrigger.CANCEL));
        assertThrows(IllegalTransitionException.class, () -> TopUpLifecycle.next(TopUpState.PAID, TopUpTrigger.ABANDON));
    }

    @Test
    void terminalStatesAcceptNothing() {
        for (TopUpState s : new TopUpState[] {TopUpState.APPLIED, TopUpState.CANCELLED, TopUpState.SETTLED}) {
            assertTrue(TopUpLifecycle.TABLE.isTerminal(s), s + " is terminal");
        }
    }

    @Test
    void theCreditTriggerDependsOnWhetherThePriceIsReached() {
        assertEquals(TopUpTrigger.CREDIT_PART, TopUpLifecycle.creditTrigger(Yen.of(2000), Yen.of(3000)));
        assertEquals(TopUpTrigger.CREDIT_FULL, TopUpLifecycle.creditTrigger(Yen.of(3000), Yen.of(3000)));
        assertEquals(TopUpTrigger.CREDIT_FULL, TopUpLifecycle.creditTrigger(Yen.of(4000), Yen.of(3000)));
    }

    @Test
    void everyCellOfTheNoteTable() {
        Map<NoteState, Map<NoteTrigger, NoteState>> expected = Map.of(
                NoteState.ESCROWED, Map.of(NoteTrigger.STACK_SENT, NoteState.STACKING, NoteTrigger.RETURNED, NoteState.RETURNED),
                NoteState.STACKING, Map.of(NoteTrigger.CREDITED, NoteState.CREDITED, NoteTrigger.RETURNED, NoteState.RETURNED));
        for (NoteState from : NoteState.values()) {
            for (NoteTrigger trigger : NoteTrigger.values()) {
                NoteState to = expected.getOrDefault(from, Map.of()).get(trigger);
                if (to != null) {
                    assertEquals(to, NoteLifecycle.next(from, trigger));
                } else {
                    assertThrows(IllegalTransitionException.class, () -> NoteLifecycle.next(from, trigger), from + " + " + trigger);
                }
            }
        }
    }

    @Test
    void aTableRefusesATransitionDefinedTwice() {
        TransitionTable.Builder<NoteState, NoteTrigger> builder = TransitionTable.builder("t", NoteState.class, NoteTrigger.class)
                .on(NoteState.ESCROWED, NoteTrigger.RETURNED, NoteState.RETURNED);
        assertThrows(IllegalStateException.class, () -> builder.on(NoteState.ESCROWED, NoteTrigger.RETURNED, NoteState.CREDITED));
    }
}
