package jp.konbini.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.journal.Outbox;
import jp.konbini.maintenance.SyncControl;
import jp.konbini.sync.CentralClient;
import jp.konbini.sync.CentralException;
import jp.konbini.sync.Connectivity;
import jp.konbini.sync.Uploader;

/** The technician's hold on sync: the outbox's figures, what the uploader last heard, a wake-up, and one catalogue request as a network test. */
final class SyncControls implements SyncControl {

    private final Outbox outbox;
    private final Connectivity connectivity;
    private final Uploader uploader;
    private final CentralClient client;

    SyncControls(Outbox outbox, Connectivity connectivity, Uploader uploader, CentralClient client) {
        this.outbox = outbox;
        this.connectivity = connectivity;
        this.uploader = uploader;
        this.client = client;
    }

    @Override
    public OfflineExposure exposure() {
        return outbox.exposure();
    }

    @Override
    public boolean online() {
        return connectivity.isOnline();
    }

    @Override
    public String lastProblem() {
        return connectivity.lastProblem();
    }

    @Override
    public Optional<Instant> lastAnswer() {
        return connectivity.lastAnswer();
    }

    @Override
    public void syncNow() {
        uploader.wake();
    }

    /** Asks for the product catalogue (a read: nothing changes on the server or here; the kiosk's own updater keeps its copy). */
    @Override
    public NetworkTest networkTest() {
        long start = System.nanoTime();
        try {
            client.catalog(Optional.empty());
            return new NetworkTest(true, Duration.ofNanos(System.nanoTime() - start), "");
        } catch (CentralException e) {
            return new NetworkTest(false, Duration.ofNanos(System.nanoTime() - start), e.kind() + ": " + e.getMessage());
        }
    }
}
