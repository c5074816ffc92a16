package jp.konbini.app;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import jp.konbini.flow.SessionFlow;
import jp.konbini.flow.SessionView;

/** Follows the flow's published views so a robot customer can wait for a screen, as a person would look. */
final class ViewWatcher {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private SessionView latest;
    private long version;

    ViewWatcher(SessionFlow flow) {
        this.latest = flow.view();
        flow.subscribe(this::publish);
    }

    private void publish(SessionView view) {
        lock.lock();
        try {
            latest = view;
            version++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    SessionView latest() {
        lock.lock();
        try {
            return latest;
        } finally {
            lock.unlock();
        }
    }

    /** Counts the views published so far: a view with a higher count came later. */
    long version() {
        lock.lock();
        try {
            return version;
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #await}, considering only views published after {@code since} (see {@link #version()}). */
    SessionView awaitNew(String what, long since, Predicate<SessionView> condition, Duration timeout) {
        return await(what, v -> version > since && condition.test(v), timeout);
    }

    /**
     * Waits until the view satisfies {@code condition}.
     *
     * @throws StuckException if it does not within {@code timeout} (the kiosk is stuck: a defect)
     */
    SessionView await(String what, Predicate<SessionView> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.test(latest)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StuckException("waited " + timeout.toSeconds() + " s for " + what + "; the kiosk shows " + latest.screen()
                            + " (paid " + latest.paid().format() + ", issues " + latest.serviceIssues() + ")");
                }
                changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);   // also re-checks device-side conditions
            }
            return latest;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StuckException("interrupted while waiting for " + what);
        } finally {
            lock.unlock();
        }
    }

    /** The kiosk did not get where a customer would expect it to. */
    static final class StuckException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StuckException(String message) {
            super(message);
        }
    }
}
