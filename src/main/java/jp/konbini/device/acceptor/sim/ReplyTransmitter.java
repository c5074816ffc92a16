package jp.konbini.device.acceptor.sim;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.serial.SerialLink;

/**
 * Writes replies to the host, damaging them as a {@link ReplyFault} says. Not thread-safe: the
 * simulator thread owns it.
 */
final class ReplyTransmitter {

    private static final int MAX_GARBAGE = 8;

    private final RandomGenerator random;
    private final SimEvents events;
    private final ByteArrayOutputStream heldBack = new ByteArrayOutputStream();

    ReplyTransmitter(RandomGenerator random, SimEvents events) {
        this.random = random;
        this.events = events;
    }

    /** Sends {@code reply} with {@code fault} applied; SLOW has already been applied as a later send time. */
    void send(SerialLink link, Id003Frame reply, ReplyFault fault, Duration splitGap) throws InterruptedException {
        byte[] bytes = reply.encode();
        if (fault != ReplyFault.NONE) {
            events.add(SimEvent.Type.REPLY_FAULT, fault + " " + reply);
        }
        switch (fault) {
            case DROP -> {
                // the unit acted; the host never hears of it
            }
            case JOIN -> heldBack.writeBytes(bytes);
            case CORRUPT -> write(link, corrupt(bytes));
            case GARBAGE -> write(link, concat(garbage(), bytes));
            case TRUNCATE -> write(link, Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)));
            case SPLIT -> split(link, bytes, splitGap);
            case NONE, SLOW -> write(link, bytes);
        }
    }

    /** Forgets a held-back reply (the line was replaced). */
    void reset() {
        heldBack.reset();
    }

    /** Writes {@code bytes}, preceded in the same write by any reply held back by JOIN. */
    private void write(SerialLink link, byte[] bytes) {
        if (heldBack.size() > 0) {
            bytes = concat(heldBack.toByteArray(), bytes);
            heldBack.reset();
        }
        link.write(bytes);
    }

    private byte[] corrupt(byte[] frame) {
        byte[] out = frame.clone();
        int index = 2 + random.nextInt(out.length - 2);
        out[index] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private byte[] garbage() {
        byte[] out = new byte[1 + random.nextInt(MAX_GARBAGE)];
        for (int i = 0; i < out.length; i++) {
            int b;
            do {
                b = random.nextInt(256);
            } while (b == Id003Frame.SYNC);
            out[i] = (byte) b;
        }
        return out;
    }

    private void split(SerialLink link, byte[] bytes, Duration gap) throws InterruptedException {
        int pieces = 2 + random.nextInt(2);
        int[] cuts = new int[pieces + 1];
        cuts[pieces] = bytes.length;
        for (int i = 1; i < pieces; i++) {
            cuts[i] = Math.min(bytes.length - 1, Math.max(cuts[i - 1] + 1, 1 + random.nextInt(bytes.length - 1)));
        }
        for (int i = 0; i < pieces; i++) {
            if (cuts[i + 1] <= cuts[i]) {
                continue;
            }
            if (i > 0) {
                Thread.sleep(gap.toMillis(), gap.toNanosPart() % 1_000_000);
            }
            write(link, Arrays.copyOfRange(bytes, cuts[i], cuts[i + 1]));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
