package jp.konbini.device.acceptor.sim;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialLinkException;

/**
 * The simulator thread's work: read host bytes, hand each frame to the machine, send its reply
 * after the reply latency, and keep the machine's clock moving. One frame in flight: a frame that
 * arrives before the reply to the previous one has been written is a host protocol violation and
 * is dropped (reference §6.1, J6). When the line goes away it waits for a new one; the unit keeps
 * running meanwhile (its escrow timeout, watchdog and so on still apply).
 */
final class SimulatorLoop implements Runnable {

    /** The longest the thread waits before looking at the clock again; keeps every wait short and interruptible. */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final AcceptorMachine machine;
    private final LinkFaults faults;
    private final SimEvents events;
    private final SimTimings timings;
    private final RandomGenerator random;
    private final LongSupplier clock;
    private final HostFrameReceiver receiver = new HostFrameReceiver();
    private final ReplyTransmitter transmitter;
    private final AtomicReference<SerialLink> link = new AtomicReference<>();
    private volatile boolean running = true;
    /** The line the thread is using; volatile so that {@link #detach} can wait until it is let go. */
    private volatile SerialLink current;
    private Pending pending;
    /** A reply was already given to a frame of the bytes being handled: any further frame in them was sent too early. */
    private boolean answeredInChunk;

    /** A reply waiting for its send time. */
    private record Pending(Id003Frame reply, ReplyFault fault, long due) {
    }

    SimulatorLoop(AcceptorMachine machine, LinkFaults faults, SimEvents events, SimTimings timings, RandomGenerator random,
            LongSupplier clock) {
        this.machine = machine;
        this.faults = faults;
        this.events = events;
        this.timings = timings;
        this.random = random;
        this.clock = clock;
        this.transmitter = new ReplyTransmitter(random, events);
    }

    /** Connects the unit to a line (replacing any other); the thread picks it up within milliseconds. */
    void attach(SerialLink newLink) {
        link.set(newLink);
    }

    /**
     * Disconnects the unit from {@code expected} and waits (up to a second) until the thread has let
     * go of it, so the caller may close it: a file descriptor closed under a thread blocked on it
     * could be reused by the next pseudo-terminal and read by the wrong owner.
     */
    void detach(SerialLink expected, Thread owner) throws InterruptedException {
        link.compareAndSet(expected, null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (current == expected && owner.isAlive() && owner != Thread.currentThread() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[512];
        try {
            while (running) {
                SerialLink now = link.get();
                if (now != current) {
                    switchTo(now);
                }
                if (current == null) {
                    machine.tick();
                    Thread.sleep(5);
                    continue;
                }
                try {
                    serve(buffer);
                } catch (SerialLinkException e) {
                    events.add(SimEvent.Type.LINK_LOST, e.getMessage());
                    link.compareAndSet(current, null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void switchTo(SerialLink next) {
        current = next;
        pending = null;
        receiver.reset();
        transmitter.reset();
        if (next != null) {
            events.add(SimEvent.Type.LINK_ATTACHED, next.name());
        }
    }

    private void serve(byte[] buffer) throws InterruptedException {
        long now = clock.getAsLong();
        if (pending != null && now >= pending.due()) {
            Pending p = pending;
            pending = null;
            transmitter.send(current, p.reply(), p.fault(), faults.splitGap());
        }
        long wait = pending == null ? SLICE_NANOS : Math.max(0, Math.min(SLICE_NANOS, pending.due() - now));
        long before = System.nanoTime();
        int n = current.read(buffer, 0, buffer.length, Duration.ofNanos(wait));
        now = clock.getAsLong();
        if (n > 0) {
            answeredInChunk = false;
            if (faults.echo()) {
                current.write(Arrays.copyOf(buffer, n));
            }
            for (HostFrameReceiver.Received r : receiver.accept(buffer, n, now)) {
                handle(r, now);
            }
        } else {
            if (receiver.dropStalePartial(now, timings.interByte().toNanos())) {
                events.add(SimEvent.Type.PARTIAL_HOST_FRAME, "dropped after " + timings.interByte().toMillis() + " ms of silence");
            }
            if (wait > 0 && System.nanoTime() - before < wait / 4) {
                // a pseudo-terminal whose host end was closed returns at once; do not spin
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
            }
        }
        machine.tick();
    }

    private void handle(HostFrameReceiver.Received received, long now) {
        if (received instanceof HostFrameReceiver.Good good) {
            answer(good.frame(), now);
            return;
        }
        HostFrameReceiver.Corrupt bad = (HostFrameReceiver.Corrupt) received;
        BadCrcPolicy policy = faults.badCrcPolicy();
        events.add(SimEvent.Type.BAD_HOST_FRAME, Id003Frame.hex(bad.raw()) + ", policy " + policy);
        switch (policy) {
            case NO_REPLY -> {
                // the host times out and retries
            }
            case COMMUNICATION_ERROR -> {
                if (pending == null && !answeredInChunk) {
                    schedule(Id003Status.COMMUNICATION_ERROR.frame(), now);
                }
            }
            case REPLY_ANYWAY -> bad.asSent().ifPresent(frame -> answer(frame, now));
        }
    }

    private void answer(Id003Frame frame, long now) {
        if (pending != null || answeredInChunk) {
            events.add(SimEvent.Type.PROTOCOL_VIOLATION, "frame " + frame + " sent before the reply to the previous one; dropped");
            return;
        }
        Optional<Id003Frame> reply = machine.onHostFrame(frame);
        reply.ifPresent(r -> schedule(r, now));
    }

    private void schedule(Id003Frame reply, long now) {
        ReplyFault fault = faults.next(random);
        long delay = timings.replyDelay().toNanos();
        if (!timings.replyJitter().isZero()) {
            delay += random.nextLong(timings.replyJitter().toNanos() + 1);
        }
        if (fault == ReplyFault.SLOW) {
            delay += faults.slowDelay().toNanos();
        }
        answeredInChunk = true;
        pending = new Pending(reply, fault, now + delay);
        if (delay == 0) {
            // send at once, before anything else the host wrote is read
            try {
                Pending p = pending;
                pending = null;
                transmitter.send(current, p.reply(), p.fault(), faults.splitGap());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
