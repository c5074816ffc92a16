package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.konbini.device.acceptor.LedgerUnavailableException;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.PendingNote;
import jp.konbini.device.acceptor.ReconciliationReason;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptor's ledger on the real journal, and how staff settle what the driver would not guess. */
class JournalNoteLedgerTest {

    @TempDir
    Path dir;

    @AfterAll
    static void restoreReliableDisk() {
        SimulatedDiskFilePath.install(SimulatedDisk.reliable());
    }

    @Test
    void aNotePassesThroughTheJournalAndIsCreditedOnce() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            long seq = journal.open(JournalFixture.order(3000)).seq();
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            assertFalse(ledger.lastStackedNoteCredited(), "nothing stacked yet");
            PendingNote note = ledger.stackSent(ledger.escrowed(new NoteSession(seq), Yen.of(1000)));
            assertEquals(PendingNote.Stage.STACK_SENT, note.stage());
            assertEquals(List.of(note), ledger.unsettled());
            assertFalse(ledger.lastStackedNoteCredited());
            assertTrue(ledger.credited(note));
            ledger.creditAcknowledged(note);
            assertTrue(ledger.lastStackedNoteCredited(), "a VEND VALID repeated after a restart is this note's");
            assertFalse(ledger.credited(note), "a repeated credit is a duplicate");
            assertEquals(Yen.of(1000), journal.topUp(seq).orElseThrow().credited());
            assertTrue(ledger.unsettled().isEmpty());
        }
    }

    @Test
    void aCreditPointRecordedBeforeAStopIsCreditedWhenTheJournalNextOpens() {
        long seq;
        PendingNote note;
        try (H2Journal journal = JournalFixture.open(dir)) {
            seq = journal.open(JournalFixture.order(3000)).seq();
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            note = ledger.stackSent(ledger.escrowed(new NoteSession(seq), Yen.of(2000)));
            assertTrue(ledger.credited(note));
            // The ACK left; the kiosk stops before the journal rows are written.
            assertEquals(NoteState.STACKING, journal.notes(seq).get(0).state());
        }
        try (ReadOnlyJournal read = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertEquals(List.of(note.id()), read.creditsAwaitingRows().stream().map(NoteRecord::id).toList(),
                    "journal verify shows the credit waiting for its rows");
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            assertEquals(NoteState.CREDITED, journal.notes(seq).get(0).state());
            assertEquals(Yen.of(2000), journal.topUp(seq).orElseThrow().credited());
            assertTrue(ledger.unsettled().isEmpty(), "nothing for staff to reconcile");
            assertTrue(ledger.lastStackedNoteCredited(), "the acceptor's repeated VEND VALID is ACKed only");
            assertFalse(ledger.credited(note), "and is never counted again");
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            assertEquals(Yen.of(2000), journal.topUp(seq).orElseThrow().credited(), "replaying the log again changes nothing");
            assertEquals(1, journal.events(seq).stream().filter(e -> e.kind() == MoneyEventKind.NOTE_CREDITED).count());
        }
        try (ReadOnlyJournal read = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertTrue(read.creditsAwaitingRows().isEmpty());
            assertTrue(read.verify().ok(), read.verify().problems().toString());
        }
    }

    @Test
    void aCreditPointIsRefusedForANoteNotSentToTheStacker() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            long seq = journal.open(JournalFixture.order(3000)).seq();
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            PendingNote escrowed = ledger.escrowed(new NoteSession(seq), Yen.of(1000));
            assertThrows(IllegalStateException.class, () -> ledger.credited(escrowed));
            assertTrue(journal.status().acceptsCash(), "a caller's mistake is not a storage fault");
        }
        try (ReadOnlyJournal read = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertTrue(read.creditsAwaitingRows().isEmpty(), "nothing was written ahead");
        }
    }

    @Test
    void unsettledNotesSurviveARestartWithTheirStage() {
        long seq;
        try (H2Journal journal = JournalFixture.open(dir)) {
            seq = journal.open(JournalFixture.order(3000)).seq();
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            ledger.escrowed(new NoteSession(seq), Yen.of(1000));
            ledger.stackSent(ledger.escrowed(new NoteSession(seq), Yen.of(2000)));
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            List<PendingNote> open = new JournalNoteLedger(journal).unsettled();
            assertEquals(List.of(PendingNote.Stage.ESCROWED, PendingNote.Stage.STACK_SENT), open.stream().map(PendingNote::stage).toList());
            assertEquals(List.of(Yen.of(1000), Yen.of(2000)), open.stream().map(PendingNote::value).toList());
        }
    }

    @Test
    void aReconciledNoteFoundInTheCashBoxIsCreditedToItsTopUp() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            long seq = journal.open(JournalFixture.order(3000)).seq();
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            PendingNote note = ledger.stackSent(ledger.escrowed(new NoteSession(seq), Yen.of(2000)));
            ledger.reconcile(Optional.of(note), ReconciliationReason.JAM_IN_STACKER_AFTER_STACK, "jam");
            assertTrue(ledger.reconciliationPending());
            journal.abandon(seq);   // the session ends; the note's fate is open

            Reconciliation open = journal.openReconciliations().get(0);
            assertEquals(OptionalLong.of(note.id()), open.noteId());
            Reconciliation settled = journal.resolveReconciliation(open.id(), Reconciliation.Resolution.IN_CASH_BOX, "staff-07");
            assertEquals(Optional.of("staff-07"), settled.resolvedBy());
            assertFalse(ledger.reconciliationPending());
            TopUpRecord topUp = journal.topUp(seq).orElseThrow();
            assertEquals(Yen.of(2000), topUp.credited(), "the money is held under the claim code");
            assertEquals(TopUpState.ABANDONED, topUp.state());
            assertThrows(IllegalStateException.class,
                    () -> journal.resolveReconciliation(open.id(), Reconciliation.Resolution.NOT_IN_CASH_BOX, "staff-08"));
        }
        try (ReadOnlyJournal read = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertTrue(read.verify().ok(), read.verify().problems().toString());
        }
    }

    @Test
    void aReconciledNoteNotInTheCashBoxWentBack() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            long seq = journal.open(JournalFixture.order(1000)).seq();
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            PendingNote note = ledger.stackSent(ledger.escrowed(new NoteSession(seq), Yen.of(1000)));
            ledger.reconcile(Optional.of(note), ReconciliationReason.POWER_LOST_AFTER_STACK, "power");
            journal.resolveReconciliation(journal.openReconciliations().get(0).id(), Reconciliation.Resolution.NOT_IN_CASH_BOX, "staff");
            assertEquals(NoteState.RETURNED, journal.notes(seq).get(0).state());
            assertEquals(Yen.ZERO, journal.topUp(seq).orElseThrow().credited());
            assertEquals(TopUpState.CANCELLED, journal.cancel(seq).state(), "with the note settled the session can be cancelled");
        }
    }

    @Test
    void aReconciliationWithoutANoteCanOnlyBeAcknowledged() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            new JournalNoteLedger(journal).reconcile(Optional.empty(), ReconciliationReason.CREDIT_WITHOUT_PENDING_NOTE, "unknown");
            long id = journal.openReconciliations().get(0).id();
            assertThrows(IllegalArgumentException.class, () -> journal.resolveReconciliation(id, Reconciliation.Resolution.IN_CASH_BOX, "s"));
            journal.resolveReconciliation(id, Reconciliation.Resolution.ACKNOWLEDGED, "staff");
            assertTrue(journal.openReconciliations().isEmpty());
            assertEquals(0, journal.recoveryReport().openReconciliations().size());
        }
    }

    @Test
    void aJournalThatCannotWriteIsReportedAsAnUnavailableLedger() {
        SimulatedDisk calibration = SimulatedDisk.reliable();
        SimulatedDiskFilePath.install(calibration);
        long operations;
        try (H2Journal journal = H2Journal.open(SimulatedDiskFilePath.location(dir.resolve("c")), JournalFixture.KIOSK, "t", JournalFixture.CLOCK)) {
            journal.open(JournalFixture.order(1000));
            operations = calibration.operations();
        }
        SimulatedDiskFilePath.install(SimulatedDisk.fullAt(operations + 1));
        try (H2Journal journal = H2Journal.open(SimulatedDiskFilePath.location(dir.resolve("d")), JournalFixture.KIOSK, "t", JournalFixture.CLOCK)) {
            JournalNoteLedger ledger = new JournalNoteLedger(journal);
            long seq = journal.open(JournalFixture.order(1000)).seq();
            assertThrows(LedgerUnavailableException.class, () -> ledger.escrowed(new NoteSession(seq), Yen.of(1000)));
        }
    }
}
