package jp.konbini.journal;

import java.util.List;
import java.util.Optional;

/**
 * The journal as the uploader sees it: closed records waiting for the central server, and the
 * durable recording of the server's answers. Implemented by the journal itself, so a record is
 * queued in the same transaction that closes it.
 */
public interface Outbox {

    /** Up to {@code limit} records not yet answered, in sequence order. */
    List<OutboxEntry> pending(int limit);

    /**
     * Up to {@code limit} records not yet answered whose sequence numbers are above {@code afterSeq}, in sequence
     * order: the batch after one whose answers are still being recorded.
     */
    List<OutboxEntry> pendingAfter(long afterSeq, int limit);

    /**
     * Records the server's answers in one durable transaction (commit + fsync). Idempotent: an
     * answer for a record already answered, or naming a UUID/sequence pair the journal does not
     * have, changes nothing.
     *
     * @return how many records changed state
     */
    int record(List<SyncAnswer> answers);

    Optional<SyncStatus> syncStatus(long seq);

    OfflineExposure exposure();

    /** Persists the kiosk's accumulated uptime (offline ages count on from it after a restart). */
    void persistUptime();
}
