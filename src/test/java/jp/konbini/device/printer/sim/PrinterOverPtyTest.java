package jp.konbini.device.printer.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.PrinterProblem;
import jp.konbini.device.printer.PrinterStatus;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.PseudoTerminal;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.Language;
import jp.konbini.receipt.ReceiptFixtures;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.support.fonts.AwtFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real driver against the simulator over a real pseudo-terminal opened through jSerialComm
 * (a fresh terminal per test: a pty cannot be re-configured once used). The simulator paces
 * itself at the profile's 38400 baud.
 */
class PrinterOverPtyTest {

    static final CapabilityProfile PROFILE = CapabilityProfiles.load(Path.of("drivers/epson-tm-t88-jp.properties"));
    static final AwtFonts FONTS = AwtFonts.load();
    static final Path OUT = Path.of("target/receipts");

    private PseudoTerminal pty;
    private PrinterSimulator sim;
    private EscPosPrinter printer;

    @BeforeEach
    void connect() {
        pty = PseudoTerminal.create();
        sim = PrinterSimulator.start(pty, PROFILE, SimulatorOptions.like(PROFILE).instantPrint());
        printer = new EscPosPrinter(JSerialCommLink.open(SerialPortSpec.of(pty.devicePath()), PROFILE.line()),
                new EscPosJobEncoder(PROFILE, new TextRasterizer(FONTS)));
    }

    @AfterEach
    void disconnect() {
        printer.close();
        sim.close();
        pty.close();
    }

    static PrintJob japaneseReceipt() {
        return new ReceiptLayout().layout(ReceiptFixtures.pending(Language.JA));
    }

    @Test
    void aReceiptPrintsAndIsCutAndThePrinterSaysSo() throws Exception {
        PrintOutcome outcome = printer.print(japaneseReceipt());

        assertInstanceOf(PrintOutcome.Printed.class, outcome, outcome.toString());
        List<PrintedReceipt> receipts = sim.paper().awaitReceipts(1, Duration.ofSeconds(10));
        assertEquals(1, receipts.size());
        PrintedReceipt r = receipts.get(0);
        assertTrue(r.cut());
        assertTrue(r.text().contains("領収書"), r.text());
        assertTrue(r.text().contains("合計                                ¥3,000"), r.text());
        assertTrue(r.text().contains("登録番号 T8010001234567"), r.text());
        assertEquals(ReceiptFixtures.CONFIG.receipts().linkBase() + "/KSK-TYO-0001/" + ReceiptFixtures.UUID_1, r.qrCodes().get(0).payload());
        assertEquals(2, r.qrCodes().get(0).model());
        assertEquals(List.of(), r.rasters(), "a Japanese receipt is all text");
        assertEquals(List.of(), sim.problems());
        assertEquals(0, sim.droppedBytes());
        Files.createDirectories(OUT);
        new PaperRenderer(PROFILE, FONTS).writePng(r, OUT.resolve("thermal-pty-ja.png"));
    }

    @Test
    void paperOutBeforeTheJobRefusesItAndSendsNothing() {
        sim.paperOut();

        assertEquals(PrinterProblem.PAPER_OUT, printer.status().problem().orElseThrow());
        PrintOutcome outcome = printer.print(japaneseReceipt());

        PrintOutcome.Failed failed = assertInstanceOf(PrintOutcome.Failed.class, outcome);
        assertEquals(PrinterProblem.PAPER_OUT, failed.problem());
        assertFalse(failed.started());
        assertTrue(sim.paper().uncut().items().isEmpty());
        assertEquals(24, sim.receivedBytes(), "two status queries of 12 bytes, no job bytes");
    }

    @Test
    void paperRunningOutInTheMiddleFailsTheJobAndClearsTheRest() throws Exception {
        sim.paperOutAfterLines(12);

        PrintOutcome outcome = printer.print(japaneseReceipt());

        PrintOutcome.Failed failed = assertInstanceOf(PrintOutcome.Failed.class, outcome, outcome.toString());
        assertEquals(PrinterProblem.PAPER_OUT, failed.problem());
        assertTrue(failed.started());
        PrintedReceipt half = sim.paper().uncut();
        assertTrue(half.textLines().size() >= 5 && half.textLines().size() < 20, half.text());
        // After reload nothing of the failed job comes out: the buffers were cleared.
        sim.reloadPaper();
        assertTrue(printer.status().acceptsJobs());
        assertEquals(List.of(), sim.paper().receipts());
        assertEquals(List.of(), sim.paper().uncut().items(), "nothing more printed after reload");
        assertEquals(half.items(), sim.paper().removedWithRoll().get(0).items());
        Files.createDirectories(OUT);
        new PaperRenderer(PROFILE, FONTS).writePng(half, OUT.resolve("thermal-pty-paper-out-half.png"));
    }

    @Test
    void anOpenCoverIsReportedAndTheJobRefused() {
        sim.setCoverOpen(true);

        PrinterStatus status = printer.status();
        assertEquals(PrinterProblem.COVER_OPEN, status.problem().orElseThrow());
        PrintOutcome.Failed failed = assertInstanceOf(PrintOutcome.Failed.class, printer.print(japaneseReceipt()));
        assertEquals(PrinterProblem.COVER_OPEN, failed.problem());

        sim.setCoverOpen(false);
        assertTrue(printer.status().acceptsJobs());
    }

    @Test
    void nearEndIsAWarningNotARefusal() {
        sim.setPaperNearEnd(true);

        PrinterStatus status = printer.status();
        assertTrue(status.acceptsJobs());
        assertTrue(status.paperNearEnd());
        PrintOutcome.Printed printed = assertInstanceOf(PrintOutcome.Printed.class, printer.print(japaneseReceipt()));
        assertTrue(printed.after().paperNearEnd());
    }

    @Test
    void aPrinterThatDoesNotAnswerIsReportedAsSuch() {
        sim.setAnswering(false);

        assertEquals(PrinterProblem.NOT_ANSWERING, printer.status().problem().orElseThrow());
        PrintOutcome.Failed failed = assertInstanceOf(PrintOutcome.Failed.class, printer.print(japaneseReceipt()));
        assertEquals(PrinterProblem.NOT_ANSWERING, failed.problem());
        assertFalse(failed.started());
    }
}
