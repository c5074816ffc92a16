package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.PseudoTerminal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code printer-test} and {@code sim printer} as a technician runs them, against the simulator on a pseudo-terminal. */
class PrinterCommandsTest {

    static final CapabilityProfile PROFILE = PrinterWiring.profile(PrinterWiring.DEFAULT_PROFILE);

    @TempDir
    Path dir;

    private PseudoTerminal pty;
    private PrinterSimulator sim;

    @BeforeEach
    void simulator() {
        pty = PseudoTerminal.create();
        sim = PrinterSimulator.start(pty, PROFILE, SimulatorOptions.like(PROFILE).instantPrint());
    }

    @AfterEach
    void stop() {
        sim.close();
        pty.close();
    }

    @Test
    void aSamplePrintsAndItsPdfIsWritten() throws IOException {
        Path pdf = dir.resolve("sample.pdf");
        CliRun run = CliRun.of("printer-test", "--port", pty.devicePath(), "--lang", "zh-Hant", "--pdf", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"result\":\"printed\""), run.out());
        assertTrue(sim.paper().receipts().get(0).text().contains("テスト印字"), "marked as a test print");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("TEST PRINT") && text.contains("收據"), text);
        }
    }

    @Test
    void paperOutCoverOpenAndOfflineExitFourWithTheReason() {
        sim.paperOut();
        CliRun run = CliRun.of("printer-test", "--port", pty.devicePath());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("paper out"), run.err());
        sim.reloadPaper();
        sim.setCoverOpen(true);
        CliRun cover = CliRun.of("printer-test", "--port", pty.devicePath());
        assertEquals(4, cover.exitCode());
        assertTrue(cover.err().contains("cover open"), cover.err());
        sim.setCoverOpen(false);
        sim.setOffline(true);
        assertEquals(4, CliRun.of("printer-test", "--port", pty.devicePath()).exitCode());
    }

    @Test
    void aSilentPrinterExitsThree() {
        sim.setAnswering(false);
        CliRun run = CliRun.of("printer-test", "--port", pty.devicePath());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("does not answer"), run.err());
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, CliRun.of("printer-test", "--port", pty.devicePath(), "--lang", "fr").exitCode());
        assertEquals(2, CliRun.of("printer-test", "--port", dir.resolve("no-such-port").toString()).exitCode());
        assertEquals(2, CliRun.of("printer-test").exitCode());
        CliRun badProfile = CliRun.of("printer-test", "--port", pty.devicePath(), "--profile", dir.resolve("missing.properties").toString());
        assertEquals(2, badProfile.exitCode());
        assertTrue(badProfile.err().startsWith("printer profile error: "), badProfile.err());
    }

    @Test
    void simPrinterPrintsItsPortFirstAndEachReceiptAfter() throws Exception {
        PipedWriter sink = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(sink, 1 << 16));
        Path pngs = dir.resolve("png");
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            picocli.CommandLine cli = KioskCommand.commandLine();
            cli.setOut(new PrintWriter(sink, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            return cli.execute("sim", "printer", "--instant", "--receipts", "1", "--png-dir", pngs.toString());
        });
        String port = lines.readLine();
        assertTrue(port.startsWith("/dev/pts/"), port);
        CliRun test = CliRun.of("printer-test", "--port", port, "--lang", "ko");
        assertEquals(0, test.exitCode(), test.err());
        String receipt = lines.readLine();
        assertTrue(receipt.contains("\"receipt\":1") && receipt.contains("\"png\""), receipt);
        assertEquals(0, running.get(30, TimeUnit.SECONDS));
        assertTrue(Files.size(pngs.resolve("receipt-1.png")) > 1000);
        Files.copy(pngs.resolve("receipt-1.png"), Files.createDirectories(Path.of("target/receipts")).resolve("thermal-sim-command-ko.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
