package jp.konbini.ui.model.maintenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key switch wired to an input that reads {@code 1} while the key is turned (a GPIO value file,
 * say), polled on a daemon thread. Turning the key shows the keypad (if the desk may offer it);
 * turning it back closes a keypad nobody used. An input that cannot be read counts as "off" and is
 * logged once, not at every poll.
 */
public final class KeySwitch implements AutoCloseable {

    public static final Duration POLL = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(KeySwitch.class);

    private final Path input;
    private final MaintenanceModel model;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "konbini-key-switch");
        t.setDaemon(true);
        return t;
    });
    private boolean on;
    private boolean unreadable;

    private KeySwitch(Path input, MaintenanceModel model) {
        this.input = input;
        this.model = model;
    }

    public static KeySwitch watch(Path input, MaintenanceModel model) {
        KeySwitch k = new KeySwitch(input, model);
        k.poller.scheduleWithFixedDelay(k::poll, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        return k;
    }

    private void poll() {
        boolean now = read();
        if (now != on) {
            on = now;
            Platform.runLater(now ? model::offer : model::keyTurnedBack);
        }
    }

    private boolean read() {
        try {
            boolean turned = Files.readString(input, StandardCharsets.US_ASCII).strip().equals("1");
            unreadable = false;
            return turned;
        } catch (IOException | RuntimeException e) {
            if (!unreadable) {
                LOG.warn("the maintenance key switch {} cannot be read ({}); taken as off", input, e.toString());
                unreadable = true;
            }
            return false;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
