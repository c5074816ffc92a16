package jp.konbini.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link UploadRound}s on its own thread ({@code konbini-uploader}): at once while records
 * are pending and the server answers, after the back-off when it does not, and every
 * {@code idlePoll} (or when woken) when the outbox is empty. Once every top-up is sent, the
 * maintenance audit log goes the same way ({@link AuditRound}, when given): top-ups first, always.
 * The session flow never waits on it except through {@link UploaderConfirmer}, with a bound.
 */
public final class Uploader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Uploader.class);
    /** After an unexpected failure of a round (a bug), pause rather than spin. */
    private static final Duration AFTER_BUG = Duration.ofSeconds(30);

    private final UploadRound round;
    private final Optional<AuditRound> audit;
    private final Duration idlePoll;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private boolean woken;
    private boolean resetBackoff;
    private boolean running = true;
    private long rounds;

    public Uploader(UploadRound round, Duration idlePoll) {
        this(round, Optional.empty(), idlePoll);
    }

    /** @param audit run after a top-up round that found nothing pending */
    public Uploader(UploadRound round, Optional<AuditRound> audit, Duration idlePoll) {
        this.round = round;
        this.audit = audit;
        this.idlePoll = idlePoll;
        this.thread = new Thread(this::loop, "konbini-uploader");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** A record was closed, or a customer waits for one: try now, whatever the back-off said. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The network is back (a heartbeat got through): start the back-off from its base and try now. */
    public void connectivityRestored() {
        lock.lock();
        try {
            resetBackoff = true;
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Rounds completed so far; with {@link #awaitRoundAfter} a caller waits for the next answer. */
    public long rounds() {
        lock.lock();
        try {
            return rounds;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a round after {@code seen} completed or {@code timeout} passed. */
    public void awaitRoundAfter(long seen, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (rounds <= seen && running && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (true) {
            boolean reset;
            lock.lock();
            try {
                if (!running) {
                    return;
                }
                reset = resetBackoff;
                resetBackoff = false;
                woken = false;
            } finally {
                lock.unlock();
            }
            if (reset) {
                round.resetBackoff();
                audit.ifPresent(AuditRound::resetBackoff);
            }
            Duration wait;
            try {
                UploadRound.Result result = round.run();
                wait = result.idle() ? idlePoll : result.delay();
                if (result.idle() && audit.isPresent()) {
                    wait = audit.get().run().waitOr(idlePoll);
                }
            } catch (RuntimeException e) {
                LOG.error("upload round failed unexpectedly; pausing {} s", AFTER_BUG.toSeconds(), e);
                wait = AFTER_BUG;
            }
            lock.lock();
            try {
                rounds++;
                changed.signalAll();
                long nanos = wait.toNanos();
                while (running && !woken && nanos > 0) {
                    nanos = changed.awaitNanos(nanos);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Stops after the round in progress (its answer is still recorded); waits up to 30 s for it. */
    @Override
    public void close() {
        lock.lock();
        try {
            running = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
