package jp.konbini.device.printer.escpos;

import jp.konbini.device.printer.PrinterStatus;

/**
 * Decodes {@code DLE EOT} replies (reference §1.9). Every reply has bit 0 = 0, bit 1 = 1, bit 4 = 1
 * and bit 7 = 0, so idle is 0x12 and a reply can never be mistaken for XON/XOFF or for the first
 * byte of an automatic status block (bit 1 = 0).
 */
public final class StatusBytes {

    private StatusBytes() {
    }

    /** Whether {@code b} has the fixed bits of a {@code DLE EOT} reply. */
    public static boolean isStatusReply(int b) {
        return (b & 0x93) == 0x12;
    }

    /** The full picture from the replies to {@code DLE EOT 1, 2, 3, 4}. */
    public static PrinterStatus decode(int printer, int offlineCause, int errorCause, int paper) {
        return new PrinterStatus(true,
                (printer & 0x08) == 0,
                (offlineCause & 0x04) != 0,
                (paper & 0x0C) == 0x0C,
                (offlineCause & 0x20) != 0 || (paper & 0x60) == 0x60,
                (errorCause & 0x08) != 0,
                (errorCause & 0x20) != 0,
                (errorCause & 0x40) != 0);
    }

    /**
     * What the replies to {@code DLE EOT 2} and {@code 4} alone say (the quick poll between
     * chunks); a general error there needs the full query for its cause.
     */
    public static PrinterStatus decodeQuick(int offlineCause, int paper) {
        boolean coverOpen = (offlineCause & 0x04) != 0;
        boolean paperOut = (offlineCause & 0x20) != 0 || (paper & 0x60) == 0x60;
        boolean error = (offlineCause & 0x40) != 0;
        return new PrinterStatus(true, !(coverOpen || paperOut || error), coverOpen, (paper & 0x0C) == 0x0C, paperOut, false, false, error);
    }
}
