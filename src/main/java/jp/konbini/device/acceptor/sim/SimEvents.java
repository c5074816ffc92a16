package jp.konbini.device.acceptor.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's event log: the latest {@value #KEPT} events, every protocol violation (up to
 * {@value #KEPT}), listeners, and a wait for an event. Listeners run on the thread that caused the
 * event (often the simulator's own) and must return quickly.
 */
public final class SimEvents {

    static final int KEPT = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(SimEvents.class);

    private final Clock clock;
    private final Deque<SimEvent> recent = new ArrayDeque<>();
    private final List<SimEvent> violations = new ArrayList<>();
    private final List<Consumer<SimEvent>> listeners = new CopyOnWriteArrayList<>();
    private long seq;

    public SimEvents(Clock clock) {
        this.clock = clock;
    }

    void add(SimEvent.Type type, String detail) {
        SimEvent event;
        synchronized (this) {
            event = new SimEvent(++seq, clock.instant(), type, detail);
            recent.addLast(event);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            if (type == SimEvent.Type.PROTOCOL_VIOLATION && violations.size() < KEPT) {
                violations.add(event);
            }
            notifyAll();
        }
        if (type == SimEvent.Type.PROTOCOL_VIOLATION || type == SimEvent.Type.LINK_LOST) {
            LOG.info("acceptor simulator: {}", event);
        } else {
            LOG.trace("acceptor simulator: {}", event);
        }
        for (Consumer<SimEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    public void addListener(Consumer<SimEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SimEvent> listener) {
        listeners.remove(listener);
    }

    /** The events kept, oldest first. */
    public synchronized List<SimEvent> all() {
        return List.copyOf(recent);
    }

    /** Events after {@code seq} (exclusive), oldest first. */
    public synchronized List<SimEvent> since(long afterSeq) {
        Deque<SimEvent> newer = new ArrayDeque<>();
        for (Iterator<SimEvent> it = recent.descendingIterator(); it.hasNext(); ) {
            SimEvent e = it.next();
            if (e.seq() <= afterSeq) {
                break;
            }
            newer.addFirst(e);
        }
        return List.copyOf(newer);
    }

    public synchronized List<SimEvent> ofType(SimEvent.Type type) {
        return recent.stream().filter(e -> e.type() == type).toList();
    }

    /** Host frames sent before the reply to the previous one, and unknown commands. */
    public synchronized List<SimEvent> protocolViolations() {
        return List.copyOf(violations);
    }

    /** The number of the latest event (0 before the first). */
    public synchronized long lastSeq() {
        return seq;
    }

    /** Waits until an event after {@code afterSeq} matches, or the time is up. */
    public synchronized Optional<SimEvent> await(long afterSeq, Predicate<SimEvent> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SimEvent earliest = null;
            for (Iterator<SimEvent> it = recent.descendingIterator(); it.hasNext(); ) {
                SimEvent e = it.next();
                if (e.seq() <= afterSeq) {
                    break;
                }
                if (match.test(e)) {
                    earliest = e;
                }
            }
            if (earliest != null) {
                return Optional.of(earliest);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits for an event of {@code type} after {@code afterSeq}. */
    public Optional<SimEvent> await(long afterSeq, SimEvent.Type type, Duration timeout) throws InterruptedException {
        return await(afterSeq, e -> e.type() == type, timeout);
    }
}
