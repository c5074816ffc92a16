package jp.konbini.device.acceptor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003FrameReader;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.serial.LineSettings;
import jp.konbini.device.serial.SerialLink;

/**
 * A deliberately small host for driving the simulator in tests: raw frames out, raw bytes or
 * parsed frames back. It is not the kiosk's driver (which is tested against the simulator, not the
 * other way round): no retries unless a test asks, no state of its own.
 */
final class TestHost implements AutoCloseable {

    static final LineSettings ID003_LINE = new LineSettings(9600, 8, LineSettings.Parity.EVEN, LineSettings.StopBits.ONE,
            LineSettings.FlowControl.NONE);
    static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(2);
    static final Duration STATE_TIMEOUT = Duration.ofSeconds(10);

    private final SerialLink link;
    private Id003FrameReader reader = new Id003FrameReader();

    TestHost(SerialLink link) {
        this.link = link;
    }

    SerialLink link() {
        return link;
    }

    void send(byte[] bytes) {
        link.write(bytes);
    }

    void send(Id003Frame frame) {
        send(frame.encode());
    }

    /** Everything that arrives within {@code window}. */
    byte[] readFor(Duration window) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + window.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            int n = link.read(buffer, 0, buffer.length, Duration.ofNanos(Math.min(left, 20_000_000L)));
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads until {@code count} bytes arrived (or the timeout). */
    byte[] readBytes(int count, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < count && System.nanoTime() < deadline) {
            int n = link.read(buffer, 0, Math.min(buffer.length, count - out.size()), Duration.ofMillis(20));
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Sends {@code command} and returns the raw bytes of the reply: the first complete frame (SYNC, LNG bytes). */
    byte[] exchangeBytes(Id003Frame command) {
        discard();
        send(command);
        byte[] head = readBytes(2, REPLY_TIMEOUT);
        if (head.length < 2) {
            fail("no reply to " + command + " (got " + HEX.formatHex(head) + ")");
        }
        byte[] rest = readBytes((head[1] & 0xFF) - 2, REPLY_TIMEOUT);
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    String exchangeHex(Id003Frame command) {
        return HEX.formatHex(exchangeBytes(command));
    }

    /** Sends {@code command} and waits for one valid reply frame. */
    Optional<Id003Frame> exchange(Id003Frame command, Duration timeout) {
        discard();
        send(command);
        return receive(timeout);
    }

    Id003Frame request(Id003Frame command) {
        return exchange(command, REPLY_TIMEOUT).orElseGet(() -> fail("no reply to " + command));
    }

    Id003Frame request(Id003Command command, int... data) {
        return request(command.frame(data));
    }

    /** The next valid frame from the unit. */
    Optional<Id003Frame> receive(Duration timeout) {
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Id003Frame> frame = reader.next();
            if (frame.isPresent()) {
                return frame;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            int n = link.read(buffer, 0, buffer.length, Duration.ofNanos(Math.min(left, 20_000_000L)));
            reader.feed(buffer, 0, n);
        }
    }

    /** Forgets unread input (stale replies) before a new exchange. */
    void discard() {
        link.discardInput();
        reader = new Id003FrameReader();
    }

    Id003Frame poll() {
        return request(Id003Command.STATUS_REQUEST.frame());
    }

    /** Polls every few milliseconds until a status matches; returns every status seen, the matching one last. */
    List<Id003Frame> pollUntil(Predicate<Id003Frame> done, Duration timeout) {
        List<Id003Frame> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Id003Frame> status = exchange(Id003Command.STATUS_REQUEST.frame(), REPLY_TIMEOUT);
            if (status.isPresent()) {
                seen.add(status.get());
                if (done.test(status.get())) {
                    return seen;
                }
            }
            sleep(3);
        }
        List<String> tail = names(seen.subList(Math.max(0, seen.size() - 12), seen.size()));
        return fail("status not reached in " + timeout + "; " + seen.size() + " polls, the last: " + tail);
    }

    List<Id003Frame> pollUntil(Id003Status status) {
        return pollUntil(f -> f.code() == status.code(), STATE_TIMEOUT);
    }

    /** RESET, wait out INITIALIZE, then C3 = 0: the unit accepts notes. */
    void resetAndEnable() {
        assertEquals(Id003Status.ACK.frame(), request(Id003Command.RESET));
        pollUntil(f -> f.code() != Id003Status.INITIALIZE.code(), STATE_TIMEOUT);
        assertEquals(Id003Command.SET_INHIBIT.frame(0), request(Id003Command.SET_INHIBIT, 0));
        assertEquals(Id003Status.IDLING.frame(), poll());
    }

    /** Accepts one note all the way: escrow, STACK-1, VEND VALID, ACK; returns the escrow code. */
    int stackNextNote() {
        Id003Frame escrow = last(pollUntil(Id003Status.ESCROW));
        assertEquals(Id003Status.ACK.frame(), request(Id003Command.STACK_1));
        pollUntil(Id003Status.VEND_VALID);
        send(Id003Command.ACK.frame());
        return escrow.dataByte(0);
    }

    static Id003Frame last(List<Id003Frame> frames) {
        return frames.get(frames.size() - 1);
    }

    static List<String> names(List<Id003Frame> frames) {
        return frames.stream().map(TestHost::name).toList();
    }

    static String name(Id003Frame f) {
        return Id003Status.of(f.code()).map(Enum::name).orElse(String.format("0x%02X", f.code()))
                + (f.dataLength() > 0 ? "(" + HEX.formatHex(f.data()) + ")" : "");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
