package jp.konbini.device.acceptor.id003;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;

/**
 * The last frames on the acceptor's line, both ways, for a technician's live traffic view. Holds
 * at most {@code capacity} frames (the oldest drop off); costs one small copy per frame.
 */
public final class FrameLog implements Id003Link.FrameTrace {

    /** One frame as it crossed the line. */
    public record Frame(Instant at, boolean sent, byte[] bytes) {

        public String hex() {
            return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
        }

        /** {@code 05:00:01.234 >> FC 05 11 27 56} ({@code >>} to the device, {@code <<} from it). */
        public String line(ZoneId zone) {
            return DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(zone).format(at) + (sent ? " >> " : " << ") + hex();
        }
    }

    private final int capacity;
    private final Clock clock;
    private final ArrayDeque<Frame> frames = new ArrayDeque<>();

    public FrameLog(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public void sent(byte[] frame) {
        add(new Frame(clock.instant(), true, frame.clone()));
    }

    @Override
    public void received(byte[] frame) {
        add(new Frame(clock.instant(), false, frame.clone()));
    }

    /** The frames held, oldest first. */
    public synchronized List<Frame> last() {
        return List.copyOf(frames);
    }

    private synchronized void add(Frame f) {
        if (frames.size() == capacity) {
            frames.removeFirst();
        }
        frames.addLast(f);
    }
}
