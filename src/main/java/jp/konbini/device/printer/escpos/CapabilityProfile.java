package jp.konbini.device.printer.escpos;

import java.time.Duration;
import jp.konbini.device.serial.LineSettings;

/**
 * What one printer model can do and how it is wired, read from {@code drivers/<id>.properties}.
 * Where a model's behaviour is uncertain (ROM glyphs, cut forms, native QR) the answer lives here,
 * not in code.
 *
 * @param id                 the profile file's name without {@code .properties}
 * @param model              human description of the model and its interface
 * @param line               serial settings as set on the printer (DIP or memory switches)
 * @param dotsPerLine        printable width in dots (512 on an 80 mm TM-T88 at 180 dpi, 576 at 203 dpi, 384 on 58 mm)
 * @param dotsPerMm          resolution, for paper length and timing estimates
 * @param printSpeedMmPerSecond head speed, for the time a job takes to come out
 * @param kanji              a Japanese model: Kanji mode ({@code FS &}, {@code FS C 1}) prints Shift_JIS text
 * @param romExtensions      the Kanji ROM also has NEC row 13 and the IBM extensions (①, 髙, ...)
 * @param nativeQr           {@code GS ( k} prints QR codes; otherwise they are sent as raster
 * @param qrModuleDots       QR module size in dots
 * @param qrErrorCorrection  QR error correction level
 * @param cut                which cut command the cutter takes
 * @param processId          {@code GS ( H} fn 48 reports when a job has printed
 * @param clearBuffers       {@code DLE DC4 8} clears the buffers after a failed job
 * @param receiveBufferBytes the printer's receive buffer
 * @param chunkBytes         largest write between two status polls (whole commands only)
 * @param statusTimeout      how long a status reply may take beyond the wire time of what is queued before it
 * @param busyTimeout        how long the printer may hold data back (buffer full while printing) before the job is given up
 */
public record CapabilityProfile(
        String id,
        String model,
        LineSettings line,
        int dotsPerLine,
        double dotsPerMm,
        double printSpeedMmPerSecond,
        boolean kanji,
        boolean romExtensions,
        boolean nativeQr,
        int qrModuleDots,
        QrErrorCorrection qrErrorCorrection,
        CutMode cut,
        boolean processId,
        boolean clearBuffers,
        int receiveBufferBytes,
        int chunkBytes,
        Duration statusTimeout,
        Duration busyTimeout) {

    /** Font A: a half-width cell is 12 dots wide, a Kanji 24. */
    public static final int CELL_DOTS = 12;
    /** Font A cell height; a Kanji is 24 × 24. */
    public static final int CELL_HEIGHT_DOTS = 24;

    public CapabilityProfile {
        if (chunkBytes > receiveBufferBytes / 2) {
            throw new IllegalArgumentException("a chunk must fit twice into the receive buffer: " + chunkBytes + " > " + receiveBufferBytes + "/2");
        }
    }

    /** Half-width columns per line in font A (42 on 512 dots, 48 on 576, 32 on 384). */
    public int columns() {
        return dotsPerLine / CELL_DOTS;
    }

    /** Default line spacing ({@code ESC 2}, 1/6 inch) in dots. */
    public int lineSpacingDots() {
        return (int) Math.round(dotsPerMm * 25.4 / 6);
    }
}
