package jp.konbini.device.acceptor.id003;

import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts a byte stream into ID-003 frames. Bytes before a SYNC are skipped; a frame whose LNG is
 * impossible or whose CRC fails is dropped and the search resumes at the byte after its SYNC, so a
 * corrupted length can never swallow the next good frame. Counts what it threw away.
 */
public final class Id003FrameReader {

    private byte[] buffer = new byte[512];
    private int size;
    private long discardedBytes;
    private long badFrames;

    /** Adds received bytes. */
    public void feed(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** The next complete, valid frame, if one has arrived. */
    public Optional<Id003Frame> next() {
        while (true) {
            int sync = indexOfSync();
            if (sync < 0) {
                discard(size);
                return Optional.empty();
            }
            discard(sync);
            if (size < 2) {
                return Optional.empty();
            }
            int length = buffer[1] & 0xFF;
            if (length < Id003Frame.MIN_LENGTH) {
                badFrames++;
                discard(1);
                continue;
            }
            if (size < length) {
                return Optional.empty();
            }
            int crc = Crc16Kermit.compute(buffer, 0, length - 2);
            if ((buffer[length - 2] & 0xFF) != (crc & 0xFF) || (buffer[length - 1] & 0xFF) != (crc >>> 8)) {
                badFrames++;
                discard(1);
                continue;
            }
            Id003Frame frame = Id003Frame.decode(Arrays.copyOf(buffer, length));
            consume(length);
            return Optional.of(frame);
        }
    }

    /** True while part of a frame has arrived and the rest is awaited. */
    public boolean hasPartialFrame() {
        return size > 0;
    }

    /** Forgets a partial frame (after the inter-byte timeout: the rest is not coming). */
    public void reset() {
        discard(size);
    }

    public long discardedBytes() {
        return discardedBytes;
    }

    public long badFrames() {
        return badFrames;
    }

    private int indexOfSync() {
        for (int i = 0; i < size; i++) {
            if ((buffer[i] & 0xFF) == Id003Frame.SYNC) {
                return i;
            }
        }
        return -1;
    }

    private void discard(int count) {
        discardedBytes += count;
        consume(count);
    }

    private void consume(int count) {
        System.arraycopy(buffer, count, buffer, 0, size - count);
        size -= count;
    }
}
