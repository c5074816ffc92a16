package jp.konbini.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.wire.RecordResult;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload attempt, without threads or sleeping, so it runs the same on the uploader thread and
 * in a simulation in virtual time: send the oldest pending records (sequence order, one batch),
 * record durably what the answer names, and say how long to wait before the next attempt. A
 * record is marked only by an answer naming its UUID and sequence number; after a timeout, a
 * reset or a garbled answer it simply stays pending and goes again, with the same UUID.
 */
public final class UploadRound {

    private static final Logger LOG = LoggerFactory.getLogger(UploadRound.class);

    private final Outbox outbox;
    private final CentralClient client;
    private final int batchSize;
    private final Backoff backoff;
    private final Connectivity connectivity;
    private final Clock clock;

    public UploadRound(Outbox outbox, CentralClient client, int batchSize, Backoff backoff, Connectivity connectivity, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.batchSize = batchSize;
        this.backoff = backoff;
        this.connectivity = connectivity;
        this.clock = clock;
    }

    /**
     * What an attempt did.
     *
     * @param idle nothing was pending
     * @param delay how long to wait before the next attempt (zero: go on at once)
     */
    public record Result(int sent, int recorded, boolean idle, Duration delay, boolean regained) {
    }

    public Result run() {
        List<OutboxEntry> batch;
        try {
            batch = outbox.pending(batchSize);
        } catch (JournalUnavailableException e) {
            LOG.error("journal unavailable, uploads paused: {}", e.getMessage());
            return new Result(0, 0, false, backoff.nextDelay(Optional.empty()), false);
        }
        if (batch.isEmpty()) {
            return new Result(0, 0, true, Duration.ZERO, false);
        }
        List<TopUpSubmission> records = new ArrayList<>(batch.size());
        Map<UUID, Long> sent = new HashMap<>();
        for (OutboxEntry entry : batch) {
            records.add(WireMapping.submission(entry));
            sent.put(entry.topUp().uuid(), entry.topUp().seq());
        }
        UploadResponse response;
        try {
            response = client.upload(records);
        } catch (CentralException e) {
            connectivity.failed(e);
            Duration wait = backoff.nextDelay(e.retryAfter());
            LOG.info("upload of {} record(s) from seq {} failed ({}: {}); next attempt in {} ms", records.size(), records.get(0).seq(),
                    e.kind(), e.getMessage(), wait.toMillis());
            return new Result(records.size(), 0, false, wait, false);
        }
        boolean regained = connectivity.answered(Optional.ofNullable(response.serverTime()), clock.instant());
        connectivity.serverHolds(response.highestContiguousSeq());
        List<SyncAnswer> answers = new ArrayList<>();
        for (RecordResult result : response.results() == null ? List.<RecordResult>of() : response.results()) {
            Long seq = result.uuid() == null ? null : sent.get(result.uuid());
            if (seq == null || seq != result.seq()) {
                LOG.warn("answer names {} / seq {}, which this request did not send; ignored", result.uuid(), result.seq());
                continue;
            }
            WireMapping.answer(result).ifPresentOrElse(answers::add,
                    () -> LOG.warn("answer for seq {} is incomplete; the record stays pending", result.seq()));
        }
        int recorded;
        try {
            recorded = outbox.record(answers);
        } catch (JournalUnavailableException e) {
            LOG.error("journal unavailable, answers not recorded (they will be asked again): {}", e.getMessage());
            return new Result(records.size(), 0, false, backoff.nextDelay(Optional.empty()), regained);
        }
        if (recorded == 0) {
            // An answer that moves nothing (a replayed or foreign answer): do not hammer the server with the same batch.
            Duration wait = backoff.nextDelay(Optional.empty());
            LOG.warn("the server's answer recorded nothing for {} record(s) from seq {}; next attempt in {} ms", records.size(),
                    records.get(0).seq(), wait.toMillis());
            return new Result(records.size(), 0, false, wait, regained);
        }
        backoff.reset();
        return new Result(records.size(), recorded, false, Duration.ZERO, regained);
    }

    /** Connectivity came back (or a customer is waiting): the next failure starts from the base delay. */
    public void resetBackoff() {
        backoff.reset();
    }
}
