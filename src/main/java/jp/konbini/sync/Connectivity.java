package jp.konbini.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the kiosk last learnt about reaching the central server: from uploads and heartbeats. Until
 * the first answer the kiosk counts as offline, so the offline per-top-up bound applies from the
 * start. Also keeps the server's clock and its view of the kiosk's sequence for diagnosis.
 */
public final class Connectivity {

    private volatile boolean online;
    private volatile String lastProblem = "not contacted yet";
    private volatile Duration serverClockOffset = Duration.ZERO;
    private volatile long serverContiguousSeq = -1;
    private volatile Optional<Instant> lastAnswer = Optional.empty();

    public boolean isOnline() {
        return online;
    }

    /** @return true when this answer ends a time offline (connectivity regained) */
    boolean answered(Optional<String> serverTime, Instant localNow) {
        boolean regained = !online;
        online = true;
        lastProblem = "";
        lastAnswer = Optional.of(localNow);
        serverTime.ifPresent(t -> {
            try {
                serverClockOffset = Duration.between(localNow, Instant.parse(t));
            } catch (RuntimeException e) {
                // A server time we cannot read tells nothing about the offset; keep the last one.
            }
        });
        return regained;
    }

    void failed(CentralException e) {
        online = false;
        lastProblem = e.kind() + ": " + e.getMessage();
    }

    void serverHolds(long contiguousSeq) {
        serverContiguousSeq = contiguousSeq;
    }

    /** When the central server last answered (any request), by the kiosk's clock. */
    public Optional<Instant> lastAnswer() {
        return lastAnswer;
    }

    public String lastProblem() {
        return lastProblem;
    }

    /** How far the server's clock is ahead of the kiosk's (negative: behind), as of the last answer. */
    public Duration serverClockOffset() {
        return serverClockOffset;
    }

    /** The highest contiguous sequence number the server said it holds; -1 before the first upload answer. */
    public long serverContiguousSeq() {
        return serverContiguousSeq;
    }
}
