package jp.konbini.device.acceptor.id003;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One ID-003 frame: {@code FC | LNG | CODE | DATA... | CRCL | CRCH}, where LNG counts the whole
 * frame (at least 5). The same layout carries host commands and acceptor statuses; several of them
 * are byte-identical (a STATUS REQUEST and an IDLING reply are both {@code FC 05 11 27 56}).
 */
public final class Id003Frame {

    public static final int SYNC = 0xFC;
    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 0xFF;

    private final int code;
    private final byte[] data;

    private Id003Frame(int code, byte[] data) {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("code must be a byte: " + code);
        }
        if (data.length + MIN_LENGTH > MAX_LENGTH) {
            throw new IllegalArgumentException("frame too long: " + (data.length + MIN_LENGTH));
        }
        this.code = code;
        this.data = data;
    }

    public static Id003Frame of(int code, byte... data) {
        return new Id003Frame(code, data.clone());
    }

    /** A frame from int values (convenient for byte literals above 0x7F). */
    public static Id003Frame of(int code, int... data) {
        byte[] bytes = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            bytes[i] = (byte) data[i];
        }
        return new Id003Frame(code, bytes);
    }

    /** The same code with other data. */
    public Id003Frame withData(byte[] newData) {
        return new Id003Frame(code, newData.clone());
    }

    /** Decodes one complete frame; the CRC must check. */
    public static Id003Frame decode(byte[] frame) {
        if (frame.length < MIN_LENGTH || (frame[0] & 0xFF) != SYNC || (frame[1] & 0xFF) != frame.length) {
            throw new IllegalArgumentException("not an ID-003 frame: " + hex(frame));
        }
        int crc = Crc16Kermit.compute(frame, 0, frame.length - 2);
        if ((frame[frame.length - 2] & 0xFF) != (crc & 0xFF) || (frame[frame.length - 1] & 0xFF) != (crc >>> 8)) {
            throw new IllegalArgumentException("bad CRC in " + hex(frame));
        }
        return new Id003Frame(frame[2] & 0xFF, Arrays.copyOfRange(frame, 3, frame.length - 2));
    }

    public int code() {
        return code;
    }

    public byte[] data() {
        return data.clone();
    }

    public int dataLength() {
        return data.length;
    }

    /** The data byte at {@code index} as 0..255. */
    public int dataByte(int index) {
        return data[index] & 0xFF;
    }

    public byte[] encode() {
        int length = data.length + MIN_LENGTH;
        byte[] out = new byte[length];
        out[0] = (byte) SYNC;
        out[1] = (byte) length;
        out[2] = (byte) code;
        System.arraycopy(data, 0, out, 3, data.length);
        int crc = Crc16Kermit.compute(out, 0, length - 2);
        out[length - 2] = (byte) (crc & 0xFF);
        out[length - 1] = (byte) (crc >>> 8);
        return out;
    }

    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Id003Frame f && f.code == code && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return hex(encode());
    }
}
