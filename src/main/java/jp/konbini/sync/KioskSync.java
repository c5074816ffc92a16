package jp.konbini.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync's lifecycle on the kiosk: the uploader thread, plus one housekeeping thread
 * ({@code konbini-sync}) for heartbeats, catalogue checks and persisting uptime. A heartbeat that
 * gets through after failures counts as connectivity regained and wakes the uploader.
 */
public final class KioskSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskSync.class);
    private static final Duration UPTIME_PERSIST = Duration.ofMinutes(1);

    private final Uploader uploader;
    private final HeartbeatSender heartbeat;
    private final CatalogUpdater catalog;
    private final Outbox outbox;
    private final Connectivity connectivity;
    private final Clock clock;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "konbini-sync");
        t.setDaemon(true);
        return t;
    });

    public KioskSync(Uploader uploader, HeartbeatSender heartbeat, CatalogUpdater catalog, Outbox outbox, Connectivity connectivity,
                     Clock clock) {
        this.uploader = uploader;
        this.heartbeat = heartbeat;
        this.catalog = catalog;
        this.outbox = outbox;
        this.connectivity = connectivity;
        this.clock = clock;
    }

    public void start(Duration heartbeatInterval, Duration catalogInterval) {
        uploader.start();
        housekeeping.scheduleWithFixedDelay(this::beat, 0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::checkCatalog, 0, catalogInterval.toMillis(), TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::persistUptime, UPTIME_PERSIST.toMillis(), UPTIME_PERSIST.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            heartbeat.send();
            if (connectivity.answered(Optional.empty(), clock.instant())) {
                uploader.connectivityRestored();
            }
        } catch (CentralException e) {
            connectivity.failed(e);
            LOG.debug("heartbeat failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("heartbeat not built", e);
        }
    }

    private void checkCatalog() {
        try {
            catalog.refresh();
        } catch (CentralException e) {
            LOG.debug("catalogue check failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("catalogue check failed", e);
        }
    }

    private void persistUptime() {
        try {
            outbox.persistUptime();
        } catch (JournalUnavailableException e) {
            LOG.error("uptime not persisted: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        uploader.close();
        try {
            outbox.persistUptime();
        } catch (JournalUnavailableException e) {
            LOG.warn("uptime not persisted at stop: {}", e.getMessage());
        }
    }
}
