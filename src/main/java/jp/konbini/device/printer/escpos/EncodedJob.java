package jp.konbini.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A job as ESC/POS bytes, kept as a list of whole commands so that it can be written in chunks
 * that never split a command (a status poll must never land inside one, reference §1.9).
 *
 * @param commands   whole commands (or groups that belong together, such as one text line)
 * @param paperDots  estimated paper length, for the time the head needs
 * @param rasterLines text lines that had to be sent as raster bands
 */
public record EncodedJob(List<byte[]> commands, int paperDots, int rasterLines) {

    public EncodedJob {
        commands = List.copyOf(commands);
    }

    public int size() {
        return commands.stream().mapToInt(c -> c.length).sum();
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size());
        commands.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Consecutive commands joined into writes of at most {@code maxBytes} (a larger single command stands alone). */
    public List<byte[]> chunks(int maxBytes) {
        List<byte[]> chunks = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        for (byte[] c : commands) {
            if (current.size() > 0 && current.size() + c.length > maxBytes) {
                chunks.add(current.toByteArray());
                current.reset();
            }
            current.writeBytes(c);
        }
        if (current.size() > 0) {
            chunks.add(current.toByteArray());
        }
        return chunks;
    }
}
