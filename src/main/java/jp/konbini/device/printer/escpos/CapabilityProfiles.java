package jp.konbini.device.printer.escpos;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.konbini.device.serial.LineSettings;

/**
 * Reads a capability profile strictly: every key required, unknown or repeated keys refused,
 * each value checked; the first problem names file, key, value and the expected form.
 */
public final class CapabilityProfiles {

    static final List<String> KEYS = List.of("model", "line.baud", "line.data-bits", "line.parity", "line.stop-bits",
            "line.flow-control", "print.dots-per-line", "print.dots-per-mm", "print.speed-mm-per-second", "text.kanji",
            "text.rom-extensions", "qr.native", "qr.module-dots", "qr.error-correction", "cut", "status.process-id",
            "status.clear-buffers", "buffer.receive-bytes", "buffer.chunk-bytes", "status.timeout-ms", "status.busy-timeout-ms");

    private CapabilityProfiles() {
    }

    public static CapabilityProfile load(Path file) {
        Map<String, String> e = read(file);
        for (String key : e.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ProfileException(file, key, e.get(key), "a known key, one of " + String.join(", ", KEYS));
            }
        }
        Reader r = new Reader(file, e);
        LineSettings line = new LineSettings(
                r.integer("line.baud", 1200, 921_600),
                r.integer("line.data-bits", 7, 8),
                r.choice("line.parity", Map.of("none", LineSettings.Parity.NONE, "even", LineSettings.Parity.EVEN, "odd", LineSettings.Parity.ODD)),
                r.choice("line.stop-bits", Map.of("1", LineSettings.StopBits.ONE, "2", LineSettings.StopBits.TWO)),
                r.choice("line.flow-control", Map.of("xon-xoff", LineSettings.FlowControl.XON_XOFF, "rts-cts", LineSettings.FlowControl.RTS_CTS,
                        "none", LineSettings.FlowControl.NONE)));
        int receive = r.integer("buffer.receive-bytes", 256, 1 << 20);
        int chunk = r.integer("buffer.chunk-bytes", 64, 64 * 1024);
        if (chunk > receive / 2) {
            throw new ProfileException(file, "buffer.chunk-bytes", String.valueOf(chunk), "at most half of buffer.receive-bytes (" + receive / 2 + ")");
        }
        int dots = r.integer("print.dots-per-line", 192, 1024);
        if (dots % 8 != 0) {
            throw new ProfileException(file, "print.dots-per-line", String.valueOf(dots), "a multiple of 8");
        }
        return new CapabilityProfile(
                file.getFileName().toString().replaceFirst("\\.properties$", ""),
                r.text("model"),
                line,
                dots,
                r.decimal("print.dots-per-mm", 4, 16),
                r.decimal("print.speed-mm-per-second", 10, 1000),
                r.bool("text.kanji"),
                r.bool("text.rom-extensions"),
                r.bool("qr.native"),
                r.integer("qr.module-dots", 2, 16),
                r.choice("qr.error-correction", Map.of("L", QrErrorCorrection.L, "M", QrErrorCorrection.M, "Q", QrErrorCorrection.Q,
                        "H", QrErrorCorrection.H)),
                r.parsed("cut", CutMode::fromConfigName, "one of partial-after-feed, full-after-feed, partial-after-lines, none"),
                r.bool("status.process-id"),
                r.bool("status.clear-buffers"),
                receive,
                chunk,
                Duration.ofMillis(r.integer("status.timeout-ms", 50, 10_000)),
                Duration.ofMillis(r.integer("status.busy-timeout-ms", 500, 120_000)));
    }

    /** {@code key=value} lines, {@code #} comments, UTF-8; a key twice is an error. */
    private static Map<String, String> read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(file, "contains bytes that are not UTF-8");
        } catch (IOException e) {
            throw new ProfileException(file, "cannot be read (" + e + ")");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new ProfileException(file, "line '" + line + "' is not key=value");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (entries.put(key, value) != null) {
                throw new ProfileException(file, key, value, "each key only once");
            }
        }
        return entries;
    }

    private record Reader(Path file, Map<String, String> entries) {

        String text(String key) {
            String v = entries.get(key);
            if (v == null || v.isEmpty()) {
                throw new ProfileException(file, key, v == null ? "" : v, "a value (every key is required)");
            }
            return v;
        }

        int integer(String key, int min, int max) {
            String v = text(key);
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ProfileException(file, key, v, "a whole number from " + min + " to " + max);
        }

        double decimal(String key, double min, double max) {
            String v = text(key);
            try {
                double d = Double.parseDouble(v);
                if (d >= min && d <= max) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ProfileException(file, key, v, "a number from " + min + " to " + max);
        }

        boolean bool(String key) {
            return choice(key, Map.of("true", true, "false", false));
        }

        <T> T choice(String key, Map<String, T> allowed) {
            String v = text(key);
            T t = allowed.get(v);
            if (t == null) {
                throw new ProfileException(file, key, v, "one of " + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            return t;
        }

        <T> T parsed(String key, Function<String, Optional<T>> parse, String expected) {
            String v = text(key);
            return parse.apply(v).orElseThrow(() -> new ProfileException(file, key, v, expected));
        }
    }
}
