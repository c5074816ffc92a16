package jp.konbini.sync;

import java.time.Duration;
import java.util.Optional;
import jp.konbini.journal.Journal;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.ServerOutcome;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.SyncStatus;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.support.Ticker;

/**
 * Confirms through the uploader, so the top-up goes in sequence order with whatever is queued
 * before it and is never sent by two threads at once: wake the uploader, then wait (at most the
 * configured confirmation time) for the journal to hold the server's answer.
 */
public final class UploaderConfirmer implements TopUpConfirmer {

    private final Journal journal;
    private final Outbox outbox;
    private final Uploader uploader;
    private final Duration maxWait;
    private final Ticker ticker;

    public UploaderConfirmer(Journal journal, Outbox outbox, Uploader uploader, Duration maxWait, Ticker ticker) {
        this.journal = journal;
        this.outbox = outbox;
        this.uploader = uploader;
        this.maxWait = maxWait;
        this.ticker = ticker;
    }

    @Override
    public Confirmation confirm(long seq) {
        TopUpRecord topUp = journal.topUp(seq).orElseThrow(() -> new IllegalArgumentException("no top-up " + seq));
        long deadline = ticker.nanos() + maxWait.toNanos();
        long seen = uploader.rounds();
        uploader.wake();
        while (true) {
            SyncStatus status = outbox.syncStatus(seq)
                    .orElseThrow(() -> new IllegalStateException("top-up " + seq + " is " + topUp.state() + ", not queued"));
            if (status.state() == SyncState.SYNCED) {
                boolean applied = status.outcome().orElseThrow() == ServerOutcome.APPLIED;
                return new Confirmation(applied ? Confirmation.Status.APPLIED : Confirmation.Status.REFUSED, seq, topUp.claimCode(),
                        status.newExpiry(), status.reason());
            }
            long remaining = deadline - ticker.nanos();
            if (remaining <= 0 || status.state() == SyncState.REJECTED) {
                return new Confirmation(Confirmation.Status.PENDING, seq, topUp.claimCode(), Optional.empty(), status.reason());
            }
            try {
                uploader.awaitRoundAfter(seen, Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Confirmation(Confirmation.Status.PENDING, seq, topUp.claimCode(), Optional.empty(), Optional.empty());
            }
            seen = uploader.rounds();
        }
    }
}
