package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

/**
 * The crash tests' invariant: every acknowledged event is in the journal exactly once, the journal
 * verifies (gap-free sequences, intact hash chain, states that replay), nothing was invented
 * (at most the one call in flight at the crash left an unacknowledged event), and a sequence number
 * once acknowledged still belongs to the same top-up.
 */
final class AckChecker {

    private AckChecker() {
    }

    /** @param crashes how many calls may have been in flight when the process or power died */
    static void assertDurable(Path dataDir, List<Ack> acks, int crashes, String context) {
        // The kiosk starts again first: that is when credits the credit log holds get their rows.
        JournalFixture.open(dataDir).close();
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dataDir))) {
            assertEquals(List.of(), journal.creditsAwaitingRows(), context + ": the start left credits without rows");
            VerificationReport report = journal.verify();
            assertTrue(report.ok(), context + ": journal verify failed: " + report.problems());
            List<MoneyEvent> events = journal.events();
            for (Ack ack : acks) {
                long found = events.stream().filter(ack::matches).count();
                if (found != 1) {
                    List<MoneyEvent> ofTopUp = events.stream().filter(e -> e.topUpSeq() == ack.topUpSeq()).toList();
                    List<Ack> acked = acks.stream().filter(a -> a.topUpSeq() == ack.topUpSeq()).toList();
                    assertEquals(1, found, context + ": acknowledged " + ack.line() + " is in the journal " + found
                            + " times.\nJournal events of top-up " + ack.topUpSeq() + ": " + ofTopUp
                            + "\nAcknowledged for it: " + acked.stream().map(Ack::line).toList()
                            + "\nLast journal event: " + (events.isEmpty() ? "none" : events.get(events.size() - 1))
                            + "\nLast acknowledgement: " + acks.get(acks.size() - 1).line());
                }
            }
            assertTrue(events.size() <= acks.size() + crashes,
                    context + ": " + events.size() + " events for " + acks.size() + " acknowledged calls and " + crashes + " crash(es); unacknowledged: "
                    + events.stream().filter(e -> acks.stream().noneMatch(a -> a.matches(e))).toList());
            List<TopUpRecord> topUps = journal.topUps();
            for (Ack ack : acks) {
                if (ack.uuid() != null) {
                    TopUpRecord t = topUps.get((int) ack.topUpSeq() - 1);
                    assertEquals(ack.uuid(), t.uuid(), context + ": sequence number " + ack.topUpSeq() + " was given to another top-up");
                }
            }
        }
    }
}
