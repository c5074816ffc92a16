package jp.konbini.device.acceptor.sim;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The faults of the line between host and unit, changeable while the simulator runs (from a test,
 * the control window or stdin): per-reply fault rates, one-shot faults for the next replies, an
 * echoing line (every host byte copied back before the reply, reference J9), and what the unit does
 * with a host frame whose CRC fails. Thread-safe.
 */
public final class LinkFaults {

    private final Map<ReplyFault, Double> rates = new EnumMap<>(ReplyFault.class);
    private final Map<ReplyFault, Integer> oneShots = new EnumMap<>(ReplyFault.class);
    private boolean echo;
    private BadCrcPolicy badCrcPolicy = BadCrcPolicy.NO_REPLY;
    private Duration slowDelay = Duration.ofMillis(400);
    private Duration splitGap = Duration.ofMillis(5);

    /** Every host byte is copied back to the host before the reply, as a TX→RX wiring fault does. */
    public synchronized void echo(boolean on) {
        echo = on;
    }

    public synchronized boolean echo() {
        return echo;
    }

    /** Applies {@code fault} to each reply with {@code probability} (0 turns it off). */
    public synchronized void rate(ReplyFault fault, double probability) {
        if (fault == ReplyFault.NONE) {
            throw new IllegalArgumentException("NONE is not a fault");
        }
        SimulatorSettings.requireProbability(probability, fault + " rate");
        rates.put(fault, probability);
    }

    /**
     * Faults each reply with {@code probability} in all, the kind chosen evenly among {@code kinds}
     * (the randomised run's "1 in 200").
     */
    public synchronized void randomFaults(double probability, ReplyFault... kinds) {
        SimulatorSettings.requireProbability(probability, "fault rate");
        rates.clear();
        for (ReplyFault kind : kinds) {
            rate(kind, probability / kinds.length);
        }
    }

    /** Applies {@code fault} to the next {@code count} replies, before any random fault. */
    public synchronized void once(ReplyFault fault, int count) {
        if (fault == ReplyFault.NONE || count < 0) {
            throw new IllegalArgumentException("one-shot " + fault + " x " + count);
        }
        oneShots.put(fault, count);
    }

    public void once(ReplyFault fault) {
        once(fault, 1);
    }

    public synchronized void badCrcPolicy(BadCrcPolicy policy) {
        badCrcPolicy = Objects.requireNonNull(policy);
    }

    public synchronized BadCrcPolicy badCrcPolicy() {
        return badCrcPolicy;
    }

    /** How late a {@link ReplyFault#SLOW} reply is. */
    public synchronized void slowDelay(Duration delay) {
        requireNotNegative(delay);
        slowDelay = delay;
    }

    public synchronized Duration slowDelay() {
        return slowDelay;
    }

    /** The pause between the pieces of a {@link ReplyFault#SPLIT} reply (set it above the host's inter-byte timeout to break it). */
    public synchronized void splitGap(Duration gap) {
        requireNotNegative(gap);
        splitGap = gap;
    }

    public synchronized Duration splitGap() {
        return splitGap;
    }

    /** A clean line again: no rates, no one-shots, no echo, bad host frames ignored. Delays are kept. */
    public synchronized void clear() {
        rates.clear();
        oneShots.clear();
        echo = false;
        badCrcPolicy = BadCrcPolicy.NO_REPLY;
    }

    /** A readable summary (for the control window and stdin's {@code status}). */
    public synchronized Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("echo", echo);
        out.put("badCrcPolicy", badCrcPolicy.name());
        Map<String, Object> r = new LinkedHashMap<>();
        rates.forEach((k, v) -> {
            if (v > 0) {
                r.put(k.name(), v);
            }
        });
        out.put("rates", r);
        Map<String, Object> o = new LinkedHashMap<>();
        oneShots.forEach((k, v) -> {
            if (v > 0) {
                o.put(k.name(), v);
            }
        });
        out.put("oneShots", o);
        return out;
    }

    /** The fault for the next reply: pending one-shots first, then at most one random fault. */
    synchronized ReplyFault next(RandomGenerator random) {
        for (Map.Entry<ReplyFault, Integer> e : oneShots.entrySet()) {
            if (e.getValue() > 0) {
                e.setValue(e.getValue() - 1);
                return e.getKey();
            }
        }
        double roll = random.nextDouble();
        double sum = 0;
        for (Map.Entry<ReplyFault, Double> e : rates.entrySet()) {
            sum += e.getValue();
            if (roll < sum) {
                return e.getKey();
            }
        }
        return ReplyFault.NONE;
    }

    private static void requireNotNegative(Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("a delay is zero or positive: " + d);
        }
    }
}
