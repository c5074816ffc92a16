package jp.konbini.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.wire.UploadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload round, without threads of its own or sleeping, so it runs the same on the uploader
 * thread and in a simulation in virtual time: send the oldest pending records (sequence order, a
 * batch at a time), record durably what each answer names, and say how long to wait before the
 * next round. A record is marked only by an answer naming its UUID and sequence number; after a
 * timeout, a reset or a garbled answer it simply stays pending and goes again, with the same UUID.
 *
 * <p>While the backlog lasts a round sends up to {@code maxBatches} batches back to back, and
 * records batch N's answers (a journal transaction and an fsync) while batch N+1 is on the wire,
 * reading batch N+2 meanwhile. The server still sees one batch at a time, in order: batch N+1
 * leaves only once the server has answered every record of batch N, so it holds all of them
 * (committed) or rejected them. Batch N's answers reach the journal whatever happens to N+1; a
 * crash before they do leaves them pending, to be sent again and answered as duplicates.
 */
public final class UploadRound {

    /** Batches one round sends at most, so the uploader looks up (stop, wake) between rounds. */
    public static final int MAX_BATCHES = 50;

    private static final Logger LOG = LoggerFactory.getLogger(UploadRound.class);

    private final Outbox outbox;
    private final CentralClient client;
    private final int batchSize;
    private final int maxBatches;
    private final Backoff backoff;
    private final Connectivity connectivity;
    private final Clock clock;

    public UploadRound(Outbox outbox, CentralClient client, int batchSize, Backoff backoff, Connectivity connectivity, Clock clock) {
        this(outbox, client, batchSize, MAX_BATCHES, backoff, connectivity, clock);
    }

    public UploadRound(Outbox outbox, CentralClient client, int batchSize, int maxBatches, Backoff backoff, Connectivity connectivity,
                       Clock clock) {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batch size and batches per round must be positive");
        }
        this.outbox = outbox;
        this.client = client;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
        this.backoff = backoff;
        this.connectivity = connectivity;
        this.clock = clock;
    }

    /**
     * What a round did.
     *
     * @param sent     records sent (a batch that failed counts)
     * @param recorded records whose answer the journal now holds
     * @param idle     nothing was pending
     * @param delay    how long to wait before the next round (zero: go on at once)
     * @param regained an answer ended a time offline
     */
    public record Result(int sent, int recorded, boolean idle, Duration delay, boolean regained) {
    }

    public Result run() {
        Tally tally = new Tally();
        List<OutboxEntry> first = tally.read(() -> outbox.pending(batchSize));
        if (first == null) {
            return tally.result();
        }
        if (first.isEmpty()) {
            return new Result(0, 0, true, Duration.ZERO, false);
        }
        SentBatch batch = new SentBatch(first);
        UploadInFlight inFlight = tally.send(batch);
        List<SyncAnswer> previous = List.of();
        for (int n = 1; ; n++) {
            List<OutboxEntry> next;
            try {
                // While this batch is on the wire: the previous batch's answers into the journal, then the next batch out of it.
                boolean recorded = previous.isEmpty() || tally.record(previous);
                long after = batch.lastSeq();
                next = recorded && n < maxBatches ? tally.read(() -> outbox.pendingAfter(after, batchSize)) : null;
            } catch (RuntimeException e) {
                awaitQuietly(inFlight); // never leave a request out when the round ends: the next one would overtake it
                throw e;
            }
            UploadResponse response;
            try {
                response = inFlight.await();
            } catch (CentralException e) {
                return tally.failed(batch, e);
            }
            tally.answered(response);
            List<SyncAnswer> answers = batch.answersIn(response);
            if (next == null || next.isEmpty() || answers.size() < batch.size()) {
                tally.record(answers);
                return tally.result();
            }
            try {
                batch = new SentBatch(next);
                inFlight = tally.send(batch);
            } catch (RuntimeException e) {
                tally.record(answers); // the next batch cannot go (a record that cannot be sent): keep what this one got
                throw e;
            }
            previous = answers;
        }
    }

    /** Connectivity came back (or a customer is waiting): the next failure starts from the base delay. */
    public void resetBackoff() {
        backoff.reset();
    }

    private static void awaitQuietly(UploadInFlight inFlight) {
        try {
            inFlight.await();
        } catch (CentralException | RuntimeException e) {
            LOG.debug("upload abandoned with its round: {}", e.toString());
        }
    }

    /** What one round has done so far, and whether it must back off. */
    private final class Tally {
        private int sent;
        private int recorded;
        private boolean regained;
        private boolean journalDown;
        private Optional<Duration> backOff = Optional.empty();

        UploadInFlight send(SentBatch batch) {
            sent += batch.size();
            return client.begin(batch.records());
        }

        /** @return null when the journal is unavailable (the round then backs off) */
        List<OutboxEntry> read(Supplier<List<OutboxEntry>> query) {
            try {
                return query.get();
            } catch (JournalUnavailableException e) {
                LOG.error("journal unavailable, uploads paused: {}", e.getMessage());
                journalDown();
                return null;
            }
        }

        /** @return whether the answers moved records (false: the round stops and backs off) */
        boolean record(List<SyncAnswer> answers) {
            if (journalDown) {
                return false; // these answers will be asked for again
            }
            int changed;
            try {
                changed = outbox.record(answers);
            } catch (JournalUnavailableException e) {
                LOG.error("journal unavailable, answers not recorded (they will be asked again): {}", e.getMessage());
                journalDown();
                return false;
            }
            if (changed == 0) {
                // An answer that moves nothing (a replayed or foreign answer): do not hammer the server with the same batch.
                backOff = Optional.of(backoff.nextDelay(Optional.empty()));
                LOG.warn("the server's answer recorded nothing for {} answer(s); next attempt in {} ms", answers.size(), backOff.get().toMillis());
                return false;
            }
            recorded += changed;
            backoff.reset();
            return true;
        }

        private void journalDown() {
            journalDown = true;
            backOff = Optional.of(backoff.nextDelay(Optional.empty()));
        }

        void answered(UploadResponse response) {
            regained |= connectivity.answered(Optional.ofNullable(response.serverTime()), clock.instant());
            connectivity.serverHolds(response.highestContiguousSeq());
        }

        Result failed(SentBatch batch, CentralException e) {
            connectivity.failed(e);
            Duration wait = backoff.nextDelay(e.retryAfter());
            LOG.info("upload of {} record(s) from seq {} failed ({}: {}); next attempt in {} ms", batch.size(), batch.firstSeq(), e.kind(),
                    e.getMessage(), wait.toMillis());
            backOff = Optional.of(wait);
            return result();
        }

        Result result() {
            return new Result(sent, recorded, false, backOff.orElse(Duration.ZERO), regained);
        }
    }
}
