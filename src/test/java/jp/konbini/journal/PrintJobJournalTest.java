package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Print jobs are journalled durably: a receipt that did not come out is still known after a restart. */
class PrintJobJournalTest {

    @TempDir
    Path dir;

    @Test
    void aJobIsRecordedBeforePrintingAndItsEndAfter() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            TopUpRecord t = journal.open(JournalFixture.order(1000));
            JournalFixture.pay(journal, t.seq(), 1000);
            journal.complete(t.seq());

            PrintJobRecord job = journal.printStarted(new PrintJobOrder(t.seq(), "SALE", Optional.of("APPLIED"), Optional.of(LocalDate.of(2026, 12, 1)), 0));
            assertEquals(PrintJobState.PRINTING, job.state());
            assertEquals(List.of(job), journal.unprintedReceipts(), "printing, not yet printed");
            PrintJobRecord done = journal.printFinished(job.id());
            assertEquals(PrintJobState.PRINTED, done.state());
            assertEquals(List.of(), journal.unprintedReceipts());
            assertThrows(IllegalStateException.class, () -> journal.printFailed(job.id(), "PAPER_OUT", "late"), "a job ends once");
        }
    }

    @Test
    void aFailedOrInterruptedReceiptIsStillOwedAfterARestart() {
        long seq;
        try (H2Journal journal = JournalFixture.open(dir)) {
            TopUpRecord t = journal.open(JournalFixture.order(2000));
            seq = t.seq();
            JournalFixture.pay(journal, seq, 2000);
            journal.complete(seq);
            PrintJobRecord job = journal.printStarted(new PrintJobOrder(seq, "SALE", Optional.of("PENDING"), Optional.empty(), 0));
            journal.printFailed(job.id(), "PAPER_OUT", "receipt 000001 failed during the job: paper out");
            TopUpRecord other = journal.open(JournalFixture.order(3000));
            JournalFixture.pay(journal, other.seq(), 1000);
            journal.abandon(other.seq());
            journal.printStarted(new PrintJobOrder(other.seq(), "CREDIT", Optional.empty(), Optional.empty(), 0));
            // the kiosk dies here, in the middle of printing the credit note
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            List<PrintJobRecord> owed = journal.unprintedReceipts();
            assertEquals(2, owed.size());
            assertEquals(PrintJobState.FAILED, owed.get(0).state());
            assertEquals(Optional.of("PAPER_OUT"), owed.get(0).problem());
            assertEquals(PrintJobState.PRINTING, owed.get(1).state());
            PrintJobRecord reprint = journal.printStarted(new PrintJobOrder(seq, "SALE", Optional.of("PENDING"), Optional.empty(), 1));
            journal.printFinished(reprint.id());
            assertEquals(1, journal.unprintedReceipts().size(), "the reprint settles the first");
            assertEquals(2, journal.printJobs(seq).size());
        }
    }

    @Test
    void anOrderMustNameWhatItPrints() {
        assertThrows(IllegalArgumentException.class, () -> new PrintJobOrder(1, "SALE", Optional.empty(), Optional.empty(), 0));
        assertThrows(IllegalArgumentException.class, () -> new PrintJobOrder(1, "CREDIT", Optional.of("APPLIED"), Optional.empty(), 0));
        try (H2Journal journal = JournalFixture.open(dir)) {
            assertThrows(IllegalArgumentException.class,
                    () -> journal.printStarted(new PrintJobOrder(99, "CREDIT", Optional.empty(), Optional.empty(), 0)), "no such top-up");
        }
    }
}
