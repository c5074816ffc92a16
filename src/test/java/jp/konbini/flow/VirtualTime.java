package jp.konbini.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;

/**
 * Virtual time for flow tests: the flow thread, the background executor and every timer run on
 * the test's own thread, in order, and time moves only when the test says so. A whole day of
 * timeouts runs in milliseconds, and every run is the same.
 */
public final class VirtualTime implements Clock {

    private final Deque<Runnable> flowQueue = new ArrayDeque<>();
    private final Deque<Runnable> backgroundQueue = new ArrayDeque<>();
    private final PriorityQueue<Scheduled> timers = new PriorityQueue<>(Comparator.comparing(Scheduled::due).thenComparingLong(Scheduled::order));
    private Instant now;
    private long order;
    /** While false, background work waits (a confirmation or print that has not come back yet). */
    private boolean backgroundRuns = true;

    VirtualTime(Instant start) {
        this.now = start;
    }

    private record Scheduled(Instant due, long order, Runnable action, boolean[] cancelled) {
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Timer schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        timers.add(new Scheduled(now.plus(delay), order++, action, cancelled));
        return () -> cancelled[0] = true;
    }

    public Executor flowThread() {
        return r -> {
            synchronized (this) {
                flowQueue.add(r);
            }
        };
    }

    public Executor background() {
        return r -> {
            synchronized (this) {
                backgroundQueue.add(r);
            }
        };
    }

    /** Holds background work (confirmation, printing) until {@link #resumeBackground()}. */
    public synchronized void holdBackground() {
        backgroundRuns = false;
    }

    public synchronized void resumeBackground() {
        backgroundRuns = true;
    }

    /** Drops background work not yet run: what a crash would do to it. */
    public synchronized int dropBackground() {
        int n = backgroundQueue.size();
        backgroundQueue.clear();
        return n;
    }

    /** Forgets every timer and queued flow step: the process that owned them is gone. */
    public synchronized void discardTimers() {
        timers.clear();
        flowQueue.clear();
    }

    /** Runs every queued step (flow first, then background work) until nothing is left at this instant. */
    public void runUntilIdle() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = flowQueue.poll();
                if (next == null && backgroundRuns) {
                    next = backgroundQueue.poll();
                }
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    /** Moves time forward by {@code d}, firing every timer due on the way, each at its own instant. */
    public void advance(Duration d) {
        Instant target;
        synchronized (this) {
            target = now.plus(d);
        }
        runUntilIdle();
        while (true) {
            Scheduled next;
            synchronized (this) {
                next = timers.peek();
                if (next == null || next.due().isAfter(target)) {
                    now = target;
                    break;
                }
                timers.poll();
                if (next.cancelled()[0]) {
                    continue;
                }
                now = next.due();
            }
            next.action().run();
            runUntilIdle();
        }
        runUntilIdle();
    }
}
