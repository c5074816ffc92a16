package jp.konbini.device.acceptor.id003;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.konbini.config.Settings;
import jp.konbini.device.serial.LineSettings;

/**
 * An ID-003 device profile from {@code drivers/}: the serial line and the driver's timings. Read
 * strictly like every configuration file: a bad value stops the start naming file, key and form.
 */
public record Id003Profile(String model, LineSettings line, Id003Settings settings) {

    private static final List<String> KEYS = List.of("protocol", "model", "line.baud", "line.data-bits", "line.parity",
            "line.stop-bits", "line.flow-control", "poll.interval-ms", "response.timeout-ms", "response.retries",
            "initialize.timeout-ms", "reconnect.delay-ms", "stack.command");

    public static Id003Profile load(Path file) {
        Settings s = Settings.read(file);
        s.rejectUnknownKeys(KEYS);
        s.text("protocol", Pattern.compile("id003"), "id003 (this profile is read by the ID-003 driver)");
        String model = s.text("model", 100);
        LineSettings line = new LineSettings(
                s.integer("line.baud", 1200, 115200),
                s.integer("line.data-bits", 5, 8),
                s.choice("line.parity", v -> parse(LineSettings.Parity.class, v), List.of("none", "even", "odd")),
                s.choice("line.stop-bits", v -> v.equals("1") ? Optional.of(LineSettings.StopBits.ONE)
                        : v.equals("2") ? Optional.of(LineSettings.StopBits.TWO) : Optional.empty(), List.of("1", "2")),
                s.choice("line.flow-control", v -> parse(LineSettings.FlowControl.class, v.replace('-', '_')),
                        List.of("none", "rts-cts", "xon-xoff")));
        Id003Settings settings = new Id003Settings(
                Duration.ofMillis(s.integer("poll.interval-ms", 50, 1000)),
                Duration.ofMillis(s.integer("response.timeout-ms", 50, 5000)),
                s.integer("response.retries", 0, 10),
                Duration.ofMillis(s.integer("initialize.timeout-ms", 1000, 60000)),
                Duration.ofMillis(s.integer("reconnect.delay-ms", 100, 60000)),
                s.choice("stack.command", v -> v.equals("stack-1") ? Optional.of(Id003Command.STACK_1)
                        : v.equals("stack-2") ? Optional.of(Id003Command.STACK_2) : Optional.empty(), List.of("stack-1", "stack-2")));
        return new Id003Profile(model, line, settings);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
