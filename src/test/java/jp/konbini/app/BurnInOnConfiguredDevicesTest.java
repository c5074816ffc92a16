package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.konbini.domain.money.Denomination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code burn-in --devices configured}: the kiosk's configured ports (here pseudo-terminals with the
 * simulators behind them, standing in for the real devices), its own journal and central server,
 * and a technician who feeds each note the run asks for. The simulator's cash box is the ground
 * truth the command itself cannot see on real devices: the test checks it.
 */
class BurnInOnConfiguredDevicesTest {

    @TempDir
    Path dir;

    @Test
    void aTechnicianFeedsTheNotesAndEveryYenIsAccountedFor() throws Exception {
        try (SimulatedDevices devices = SimulatedDevices.start(Path.of("drivers/jcm-id003.properties"),
                Path.of("drivers/epson-tm-t88-jp.properties"), SimulatedDevices.Pace.FAST, 9);
             EmbeddedCentral central = EmbeddedCentral.start(dir.resolve("central"), "KSK-TYO-0001")) {
            Path config = Files.createDirectories(dir.resolve("config"));
            Files.copy(Path.of("kiosk-config/catalog.json"), config.resolve("catalog.json"));
            Files.writeString(config.resolve("kiosk.secret"), Base64.getEncoder().encodeToString(central.kioskSecret()));
            Files.copy(Path.of("kiosk-config/maintenance-users.properties"), config.resolve("maintenance-users.properties"));
            Files.writeString(config.resolve("kiosk.properties"), Files.readString(Path.of("kiosk-config/kiosk.properties"))
                    .replace("central.url=https://central.konbini-topup.example/", "central.url=" + central.url())
                    .replace("central.secret-file=secrets/kiosk.secret", "central.secret-file=kiosk.secret")
                    .replace("central.ca-file=secrets/central-ca.pem", "central.ca-file=none")
                    .replace("data.dir=../data", "data.dir=" + dir.resolve("data"))
                    .replace("drivers.dir=../drivers", "drivers.dir=" + Path.of("drivers").toAbsolutePath())
                    .replace("acceptor.port=/dev/kiosk-acceptor", "acceptor.port=" + devices.acceptorPort())
                    .replace("printer.port=/dev/kiosk-printer", "printer.port=" + devices.printerPort()));

            NotePusher hand = new NotePusher(devices.acceptor());
            ExecutorService technician = Executors.newSingleThreadExecutor();
            List<String> lines = new CopyOnWriteArrayList<>();
            Writer stdout = new LineWriter(line -> {
                lines.add(line);
                if (line.contains("\"technician\"")) {
                    long yen = new ObjectMapper().readTree(line).get("yen").asLong();
                    technician.execute(() -> {
                        try {
                            hand.push(Denomination.ofYen(yen).orElseThrow());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
            });
            int code = KioskCommand.commandLine().setOut(new PrintWriter(stdout, true))
                    .execute("burn-in", "--devices", "configured", "--config", config.toString(), "--sessions", "6", "--seed", "4");
            technician.shutdownNow();

            JsonNode summary = new ObjectMapper().readTree(lines.get(lines.size() - 1));
            assertEquals(0, code, summary.toPrettyString());
            assertTrue(summary.get("invariantsHeld").asBoolean(), summary.toPrettyString());
            assertTrue(summary.get("cashBoxYen").isNull(), "the command cannot see a real cash box");
            assertTrue(summary.get("yenCredited").asLong() > 0, summary.toPrettyString());
            assertEquals(devices.acceptor().cashBoxTotal().amount(), summary.get("yenCredited").asLong(), "every yen fed is credited, once");
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"technician\"")), "the technician was asked for notes");
            assertTrue(Files.exists(dir.resolve("data").resolve("journal.mv.db")), "the configured journal holds the money");
        }
    }

    /** Hands each complete line written to it to {@code onLine}. */
    private static final class LineWriter extends Writer {
        interface LineHandler {
            void accept(String line) throws Exception;
        }

        private final LineHandler onLine;
        private final StringBuilder current = new StringBuilder();

        LineWriter(LineHandler onLine) {
            this.onLine = onLine;
        }

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    try {
                        onLine.accept(current.toString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    current.setLength(0);
                } else if (buf[i] != '\r') {
                    current.append(buf[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
