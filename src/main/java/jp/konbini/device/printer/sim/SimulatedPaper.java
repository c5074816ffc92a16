package jp.konbini.device.printer.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Everything the simulated printer has put out, receipt by receipt (a cut ends one). Thread-safe. */
public final class SimulatedPaper {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<PrintedReceipt> receipts = new ArrayList<>();
    private final List<PaperItem> current = new ArrayList<>();
    private final List<PrintedReceipt> removed = new ArrayList<>();

    void add(PaperItem item) {
        lock.lock();
        try {
            current.add(item);
            if (item instanceof PaperItem.Cut) {
                receipts.add(new PrintedReceipt(current, true));
                current.clear();
            }
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A new roll goes in: whatever hung uncut from the old one leaves with it. */
    void rollChanged() {
        lock.lock();
        try {
            if (!current.isEmpty()) {
                removed.add(new PrintedReceipt(current, false));
                current.clear();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Partial receipts that left with an empty roll (the half printed before the paper ran out). */
    public List<PrintedReceipt> removedWithRoll() {
        lock.lock();
        try {
            return List.copyOf(removed);
        } finally {
            lock.unlock();
        }
    }

    /** The receipts cut so far. */
    public List<PrintedReceipt> receipts() {
        lock.lock();
        try {
            return List.copyOf(receipts);
        } finally {
            lock.unlock();
        }
    }

    /** What has printed since the last cut (a receipt still coming out, or half a receipt). */
    public PrintedReceipt uncut() {
        lock.lock();
        try {
            return new PrintedReceipt(current, false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code n} receipts have been cut, at most {@code timeout}.
     *
     * @return the receipts cut by then (fewer than {@code n} if it timed out)
     */
    public List<PrintedReceipt> awaitReceipts(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (receipts.size() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                added.await(left, TimeUnit.NANOSECONDS);
            }
            return List.copyOf(receipts);
        } finally {
            lock.unlock();
        }
    }
}
