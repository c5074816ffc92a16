package jp.konbini.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.ServerOutcome;
import jp.konbini.journal.SyncAnswer;

/**
 * The kiosk's own share of a drain, and so its ceiling: reading each batch of pending records from
 * the journal and recording an answer for each durably (commit and sync), as the uploader does —
 * with the answers made up here instead of asked of a server.
 */
final class KioskRecordCeiling {

    private KioskRecordCeiling() {
    }

    /**
     * @param location a copy of the backlog, changed by the run
     * @param skip     records answered first, unmeasured (the drain's warm-up)
     * @return records answered per second after the first {@code skip}
     */
    static double run(JournalLocation location, String kioskId, int skip, int records, int batchSize) {
        try (H2Journal journal = H2Journal.open(location, kioskId, "bench", Clock.systemUTC())) {
            answer(journal, skip, batchSize);
            long start = System.nanoTime();
            int answered = answer(journal, records, batchSize);
            return answered / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static int answer(H2Journal journal, int count, int batchSize) {
        int answered = 0;
        while (answered < count) {
            List<OutboxEntry> batch = journal.pending(Math.min(batchSize, count - answered));
            if (batch.isEmpty()) {
                throw new IllegalStateException("the backlog ran out after " + answered + " records");
            }
            Instant now = Instant.now();
            List<SyncAnswer> answers = new ArrayList<>(batch.size());
            for (OutboxEntry e : batch) {
                answers.add(new SyncAnswer(e.topUp().seq(), e.topUp().uuid(), ServerOutcome.APPLIED, null, LocalDate.of(2027, 1, 1), now));
            }
            answered += journal.record(answers);
        }
        return answered;
    }
}
