package jp.konbini.device.acceptor.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003FrameReader;

/**
 * Turns the bytes the host sends into frames with {@link Id003FrameReader}, and notices what the
 * reader throws away: a frame whose CRC fails (with its content, for the "reply anyway" policy) and
 * a partial frame whose rest never came (inter-byte timeout). Bytes are fed to the reader one at a
 * time so that a failed frame is exactly the last LNG bytes seen. Not thread-safe: the simulator
 * thread owns it.
 */
final class HostFrameReceiver {

    /** What arrived. */
    sealed interface Received permits Good, Corrupt {
    }

    /** A frame whose CRC checks. */
    record Good(Id003Frame frame) implements Received {
    }

    /**
     * A frame whose CRC (or LNG) is wrong: {@code asSent} is its code and data taken as they came,
     * when the frame was complete, and {@code raw} its bytes.
     */
    record Corrupt(Optional<Id003Frame> asSent, byte[] raw) implements Received {
    }

    private static final int KEEP = 300;

    private final Id003FrameReader reader = new Id003FrameReader();
    private final byte[] recent = new byte[KEEP];
    private int recentSize;
    private long lastByteAt;

    /** Feeds {@code length} received bytes; returns what they completed, in order. */
    List<Received> accept(byte[] bytes, int length, long now) {
        List<Received> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            remember(bytes[i]);
            long badBefore = reader.badFrames();
            reader.feed(bytes, i, 1);
            Optional<Id003Frame> frame = reader.next();
            if (reader.badFrames() > badBefore) {
                out.add(corruptEndingHere());
            }
            while (frame.isPresent()) {
                out.add(new Good(frame.get()));
                recentSize = 0;
                frame = reader.next();
            }
        }
        if (length > 0) {
            lastByteAt = now;
        }
        return out;
    }

    /** Drops a partial frame when the host has been silent longer than {@code interByteNanos}; returns whether one was dropped. */
    boolean dropStalePartial(long now, long interByteNanos) {
        if (reader.hasPartialFrame() && now - lastByteAt > interByteNanos) {
            reader.reset();
            recentSize = 0;
            return true;
        }
        return false;
    }

    /** Forgets everything (the line was replaced). */
    void reset() {
        reader.reset();
        recentSize = 0;
    }

    /**
     * The reader has just failed a frame on the byte fed last. A bad LNG is found at its second
     * byte ({@code FC nn}); a bad CRC at the frame's last byte, so the frame is the last LNG bytes.
     */
    private Corrupt corruptEndingHere() {
        if (recentSize >= 2 && (recent[recentSize - 2] & 0xFF) == Id003Frame.SYNC && (recent[recentSize - 1] & 0xFF) < Id003Frame.MIN_LENGTH) {
            return new Corrupt(Optional.empty(), Arrays.copyOfRange(recent, recentSize - 2, recentSize));
        }
        for (int length = Id003Frame.MIN_LENGTH; length <= Math.min(recentSize, Id003Frame.MAX_LENGTH); length++) {
            int start = recentSize - length;
            if ((recent[start] & 0xFF) == Id003Frame.SYNC && (recent[start + 1] & 0xFF) == length) {
                byte[] raw = Arrays.copyOfRange(recent, start, recentSize);
                return new Corrupt(Optional.of(asSent(raw)), raw);
            }
        }
        return new Corrupt(Optional.empty(), Arrays.copyOf(recent, recentSize));
    }

    private static Id003Frame asSent(byte[] raw) {
        return Id003Frame.of(raw[2] & 0xFF, Arrays.copyOfRange(raw, 3, raw.length - 2));
    }

    private void remember(byte b) {
        if (recentSize == KEEP) {
            System.arraycopy(recent, 1, recent, 0, KEEP - 1);
            recentSize--;
        }
        recent[recentSize++] = b;
    }
}
