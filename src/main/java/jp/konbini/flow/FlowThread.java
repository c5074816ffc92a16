package jp.konbini.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow's single thread ({@code konbini-flow}) in production: every intent, device event and
 * timer of the session runs on it, one after another, so the flow needs no locks. Timers use the
 * executor's monotonic clock, so setting the wall clock cannot shorten a customer's time.
 */
public final class FlowThread implements Clock, Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlowThread.class);

    private final java.time.Clock wallClock;
    private final ScheduledExecutorService executor;

    public FlowThread(java.time.Clock wallClock) {
        this.wallClock = wallClock;
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "konbini-flow");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        this.executor = e;
    }

    @Override
    public Instant now() {
        return wallClock.instant();
    }

    @Override
    public Timer schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> f = executor.schedule(guarded(action), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void execute(Runnable command) {
        executor.execute(guarded(command));
    }

    /** A step that throws must not kill the thread every later step runs on. */
    private static Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException | Error e) {
                LOG.error("flow step failed", e);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
