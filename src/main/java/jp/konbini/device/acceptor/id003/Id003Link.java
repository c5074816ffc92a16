package jp.konbini.device.acceptor.id003;

import java.time.Duration;
import java.util.Optional;
import jp.konbini.device.serial.SerialLink;

/**
 * The ID-003 link layer: one frame in flight, a response timeout with bounded retries, an
 * inter-byte timeout that drops half frames, and detection of a line that echoes the host's own
 * bytes (several commands and replies are byte-identical, so an echo passes every CRC check).
 */
public final class Id003Link {

    /** How long a started frame may pause between bytes before it is given up as broken. */
    private static final Duration INTER_BYTE_TIMEOUT = Duration.ofMillis(60);
    private static final Duration READ_SLICE = Duration.ofMillis(20);

    private final SerialLink line;
    private final Duration responseTimeout;
    private final int retries;
    private final FrameTrace trace;
    private final Id003FrameReader reader = new Id003FrameReader();
    private final byte[] buffer = new byte[256];
    private boolean lastReplyIdentical;
    private boolean lastExchangeRetried;

    /** Raw traffic, for the technician's live view; called on the device thread. */
    public interface FrameTrace {
        void sent(byte[] frame);

        void received(byte[] frame);

        FrameTrace NONE = new FrameTrace() {
            @Override
            public void sent(byte[] frame) {
            }

            @Override
            public void received(byte[] frame) {
            }
        };
    }

    /** No valid reply after every retry. */
    public static final class NoAnswerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoAnswerException(String message) {
            super(message);
        }
    }

    /** The line returns what the host sends. */
    public static final class EchoLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EchoLineException(String message) {
            super(message);
        }
    }

    public Id003Link(SerialLink line, Duration responseTimeout, int retries, FrameTrace trace) {
        this.line = line;
        this.responseTimeout = responseTimeout;
        this.retries = retries;
        this.trace = trace;
    }

    public SerialLink line() {
        return line;
    }

    /**
     * Sends {@code request} and returns its decoded reply, resending on silence or on a reply that
     * does not fit.
     *
     * @throws NoAnswerException when no fitting reply came after all retries
     * @throws EchoLineException when the line is found to echo the host's bytes
     */
    public <R> R exchange(Id003Request<R> request) {
        checkForEcho();
        byte[] bytes = request.frame().encode();
        String lastProblem = "no reply";
        lastExchangeRetried = false;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                lastExchangeRetried = true;
            }
            write(bytes);
            Optional<Id003Frame> reply = awaitFrame(responseTimeout);
            if (reply.isEmpty()) {
                continue;
            }
            boolean identical = reply.get().equals(request.frame());
            if (identical && !request.identicalReplyPossible()) {
                throw new EchoLineException("the acceptor \"answered\" " + request.frame() + " with the same bytes");
            }
            try {
                R decoded = request.decode(reply.get());
                lastReplyIdentical = identical;
                return decoded;
            } catch (UnexpectedReplyException e) {
                lastProblem = e.getMessage();
                discardStale();
            }
        }
        throw new NoAnswerException(lastProblem + " after " + (retries + 1) + " attempts on " + line.name());
    }

    /** Sends a frame that gets no reply (the host's ACK of VEND VALID). */
    public void send(Id003Frame frame) {
        checkForEcho();
        write(frame.encode());
        lastReplyIdentical = false;
        lastExchangeRetried = false;
    }

    public long badFramesSeen() {
        return reader.badFrames();
    }

    private void write(byte[] bytes) {
        trace.sent(bytes);
        line.write(bytes);
    }

    /**
     * A reply identical to its request, followed by yet another frame, is the signature of an echo:
     * the echo came first and the acceptor's real answer after it. (A retried request may also
     * leave a late second reply, which is not counted.)
     */
    private void checkForEcho() {
        boolean suspicious = lastReplyIdentical && !lastExchangeRetried;
        Optional<Id003Frame> leftover = awaitFrame(Duration.ZERO);
        if (leftover.isPresent() && suspicious) {
            throw new EchoLineException("a second frame " + leftover.get() + " followed a reply identical to the request");
        }
        discardStale();
    }

    private void discardStale() {
        while (awaitFrame(Duration.ZERO).isPresent()) {
            // a late or stray frame: never mistaken for the answer to the next request
        }
        reader.reset();
    }

    /**
     * The next complete frame, waiting at most {@code timeout} (a frame already begun may finish
     * within the inter-byte timeout). Always looks at what has already arrived, even with no wait.
     */
    private Optional<Id003Frame> awaitFrame(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastByte = System.nanoTime();
        while (true) {
            Optional<Id003Frame> frame = reader.next();
            if (frame.isPresent()) {
                trace.received(frame.get().encode());
                return frame;
            }
            long until = reader.hasPartialFrame() ? Math.max(deadline, lastByte + INTER_BYTE_TIMEOUT.toNanos()) : deadline;
            long wait = Math.max(0, Math.min(until - System.nanoTime(), READ_SLICE.toNanos()));
            int n = line.read(buffer, 0, buffer.length, Duration.ofNanos(wait));
            if (n > 0) {
                reader.feed(buffer, 0, n);
                lastByte = System.nanoTime();
            } else if (System.nanoTime() >= until) {
                reader.reset(); // a half frame whose rest never came is not a frame
                return Optional.empty();
            }
        }
    }
}
