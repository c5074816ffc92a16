package jp.konbini.device.acceptor.id003;

/**
 * CRC-16/KERMIT (polynomial 0x1021 processed bit-reversed as 0x8408, initial value 0, no final
 * XOR), as ID-003 uses it over SYNC..last data byte, sent low byte first. Check value over ASCII
 * "123456789" is 0x2189.
 */
public final class Crc16Kermit {

    private Crc16Kermit() {
    }

    public static int compute(byte[] bytes, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
            }
        }
        return crc;
    }
}
