package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.konbini.domain.IllegalTransitionException;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2JournalTest {

    @TempDir
    Path dir;

    @Test
    void aPaidTopUpIsCompletedWithEveryEventRecordedInOrder() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            TopUpRecord opened = journal.open(JournalFixture.order(3000));
            assertEquals(1, opened.seq());
            assertEquals(TopUpState.OPEN, opened.state());
            assertEquals(Yen.of(3000), opened.due());

            assertEquals(TopUpState.PART_PAID, JournalFixture.pay(journal, 1, 1000).topUp().state());
            Credit last = JournalFixture.pay(journal, 1, 2000);
            assertEquals(TopUpState.PAID, last.topUp().state());
            assertEquals(Yen.ZERO, last.topUp().due());

            TopUpRecord done = journal.complete(1);
            assertEquals(TopUpState.QUEUED, done.state());
            assertTrue(done.closedAt().isPresent());
            assertEquals(List.of(MoneyEventKind.TOPUP_OPENED,
                    MoneyEventKind.NOTE_ESCROWED, MoneyEventKind.STACK_SENT, MoneyEventKind.NOTE_CREDITED,
                    MoneyEventKind.NOTE_ESCROWED, MoneyEventKind.STACK_SENT, MoneyEventKind.NOTE_CREDITED,
                    MoneyEventKind.TOPUP_COMPLETED),
                    journal.events(1).stream().map(MoneyEvent::kind).toList());
        }
    }

    @Test
    void aRepeatedCreditIsADuplicateAndCountsOnce() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(2000));
            NoteRef note = journal.escrowed(1, Yen.of(1000));
            journal.stackSent(note);
            assertFalse(journal.credited(note).duplicate());
            Credit again = journal.credited(note);
            assertTrue(again.duplicate());
            assertEquals(Yen.of(1000), again.topUp().credited());
            assertEquals(1, journal.events(1).stream().filter(e -> e.kind() == MoneyEventKind.NOTE_CREDITED).count());
        }
    }

    @Test
    void aNoteCannotBeCreditedBeforeItsStackIsRecorded() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(2000));
            NoteRef note = journal.escrowed(1, Yen.of(1000));
            assertThrows(IllegalTransitionException.class, () -> journal.credited(note));
            assertEquals(NoteState.ESCROWED, journal.notes(1).get(0).state());
            assertEquals(Yen.ZERO, journal.topUp(1).orElseThrow().credited());
            assertTrue(journal.status().acceptsCash(), "a caller's mistake is not a storage fault");
        }
    }

    @Test
    void cancelIsRefusedOnceMoneyIsInAndWritesNothing() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(3000));
            JournalFixture.pay(journal, 1, 1000);
            int before = journal.events(1).size();
            assertThrows(IllegalTransitionException.class, () -> journal.cancel(1));
            assertEquals(before, journal.events(1).size());
            assertEquals(TopUpState.PART_PAID, journal.topUp(1).orElseThrow().state());

            TopUpRecord abandoned = journal.abandon(1);
            assertEquals(TopUpState.ABANDONED, abandoned.state());
            assertEquals(Yen.of(1000), abandoned.credited());
        }
    }

    @Test
    void cancelWithANoteInEscrowIsRefusedUntilTheNoteIsReturned() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(3000));
            NoteRef note = journal.escrowed(1, Yen.of(1000));
            assertThrows(IllegalStateException.class, () -> journal.cancel(1));
            journal.returned(note);
            assertEquals(TopUpState.CANCELLED, journal.cancel(1).state());
        }
    }

    @Test
    void sequenceNumbersContinueAfterReopening() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(1000));
            journal.open(JournalFixture.order(1000));
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            assertEquals(3, journal.open(JournalFixture.order(1000)).seq());
        }
    }

    @Test
    void recoveryReportFindsUnfinishedSessionsAndUndecidedNotes() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(3000));
            JournalFixture.pay(journal, 1, 1000);
            NoteRef inFlight = journal.escrowed(1, Yen.of(1000));
            journal.stackSent(inFlight);
            journal.open(JournalFixture.order(1000));
            journal.open(JournalFixture.order(1000));
            journal.cancel(3);
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            RecoveryReport report = journal.recoveryReport();
            assertEquals(2, report.unfinished().size());
            RecoveryReport.Unfinished first = report.unfinished().get(0);
            assertEquals(1, first.topUp().seq());
            assertTrue(first.hasMoneyIn());
            assertEquals(List.of(NoteState.STACKING), first.pendingNotes().stream().map(NoteRecord::state).toList());
            assertFalse(report.unfinished().get(1).hasMoneyIn());
            assertEquals(1, report.undecidedNotes().size());
            assertEquals(Yen.of(1000), report.creditedInUnfinished());
        }
    }
}
