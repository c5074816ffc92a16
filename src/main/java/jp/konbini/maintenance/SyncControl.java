package jp.konbini.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.konbini.journal.OfflineExposure;

/** The kiosk's sync with the central server as a technician sees and drives it (adapted by the composition root). */
public interface SyncControl {

    /** What the server does not hold yet: unsynced top-ups, their amount, the oldest one's age. */
    OfflineExposure exposure();

    boolean online();

    /** Why the last request failed ({@code ""} after a success). */
    String lastProblem();

    /** When the server last answered. */
    Optional<Instant> lastAnswer();

    /** Starts an upload round now instead of at the next poll. */
    void syncNow();

    /** One request to the server and back (it changes nothing there). */
    NetworkTest networkTest();

    record NetworkTest(boolean reached, Duration roundTrip, String detail) {
    }
}
