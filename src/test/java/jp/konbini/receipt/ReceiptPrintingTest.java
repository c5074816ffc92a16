package jp.konbini.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.PrinterProblem;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.printer.sim.PaperRenderer;
import jp.konbini.device.printer.sim.PrintedReceipt;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.NoteRef;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.PrintJobState;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.support.fonts.AwtFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journalled top-up printed through the real driver and simulator; a failed receipt reprinted whole after reload. */
class ReceiptPrintingTest {

    static final CapabilityProfile PROFILE = CapabilityProfiles.load(Path.of("drivers/epson-tm-t88-jp.properties"));
    static final AwtFonts FONTS = AwtFonts.load();
    static final Clock CLOCK = Clock.fixed(ReceiptFixtures.WHEN, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private H2Journal journal;
    private InMemorySerialLine line;
    private PrinterSimulator sim;
    private EscPosPrinter printer;
    private ReceiptPrinting printing;

    @BeforeEach
    void start() {
        journal = H2Journal.open(JournalLocation.in(dir), ReceiptFixtures.CONFIG.kioskId(), "test", CLOCK);
        line = new InMemorySerialLine();
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().instantPrint());
        printer = new EscPosPrinter(line.host(), new EscPosJobEncoder(PROFILE, new TextRasterizer(FONTS)));
        printing = new ReceiptPrinting(journal, new ReceiptFactory(ReceiptFixtures.CONFIG), new ReceiptLayout(), printer);
    }

    @AfterEach
    void stop() {
        printer.close();
        sim.close();
        journal.close();
    }

    private TopUpRecord paidTopUp(Language language, long... notes) {
        TopUpRecord t = journal.open(new TopUpOrder(jp.konbini.domain.line.LineId.parse("080-9876-5432"), ReceiptFixtures.product(), language));
        for (long yen : notes) {
            NoteRef n = journal.escrowed(t.seq(), Yen.of(yen));
            journal.stackSent(n);
            journal.credited(n);
        }
        return t;
    }

    @Test
    void aSaleReceiptIsJournalledAsPrinted() throws Exception {
        TopUpRecord t = paidTopUp(Language.EN, 1000, 2000);
        journal.complete(t.seq());

        PrintOutcome outcome = printing.printSale(t.seq(), new ReceiptStatus.Applied(Optional.of(LocalDate.of(2026, 12, 13))));

        assertTrue(outcome.printed(), outcome.toString());
        List<PrintJobRecord> jobs = journal.printJobs(t.seq());
        assertEquals(1, jobs.size());
        assertEquals(PrintJobState.PRINTED, jobs.get(0).state());
        assertEquals(Optional.of("APPLIED"), jobs.get(0).delivery());
        PrintedReceipt r = sim.paper().awaitReceipts(1, Duration.ofSeconds(10)).get(0);
        assertTrue(r.text().contains("有効期限 / Valid until"), r.text());
        assertTrue(r.text().contains("2026年12月13日"), r.text());
        assertTrue(r.text().contains("080-****-5432"), r.text());
        assertTrue(r.text().contains("¥2,000 × 1"), r.text());
        assertEquals(List.of(), journal.unprintedReceipts());
    }

    @Test
    void aReceiptCutShortByPaperOutIsReprintedWholeAndMarkedAfterReload() throws Exception {
        TopUpRecord t = paidTopUp(Language.JA, 1000, 1000, 1000);
        journal.complete(t.seq());
        sim.paperOutAfterLines(15);

        PrintOutcome first = printing.printSale(t.seq(), new ReceiptStatus.Pending());

        assertEquals(PrinterProblem.PAPER_OUT, assertInstanceOf(PrintOutcome.Failed.class, first).problem());
        assertEquals(PrintJobState.FAILED, journal.printJobs(t.seq()).get(0).state());
        assertEquals(Optional.of("PAPER_OUT"), journal.printJobs(t.seq()).get(0).problem());
        assertEquals(List.of(), printing.reprintFailed(), "no reprint while the paper is still out");

        sim.reloadPaper();
        List<PrintOutcome> reprints = printing.reprintFailed();

        assertEquals(1, reprints.size());
        assertTrue(reprints.get(0).printed(), reprints.toString());
        List<PrintJobRecord> jobs = journal.printJobs(t.seq());
        assertEquals(2, jobs.size());
        assertEquals(1, jobs.get(1).reprintNo());
        assertEquals(PrintJobState.PRINTED, jobs.get(1).state());
        PrintedReceipt reprint = sim.paper().awaitReceipts(1, Duration.ofSeconds(10)).get(0);
        String text = reprint.text();
        assertTrue(text.startsWith("再発行 / REPRINT\n"), text);
        assertTrue(text.contains("領収書") && text.contains("お問い合わせ番号") && text.contains(t.claimCode().display())
                && text.contains("Support 0120-123-456"), "the whole receipt, not the rest: " + text);
        assertTrue(reprint.cut());
        assertEquals(List.of(), printing.reprintFailed(), "printed: nothing more to reprint");
        Files.createDirectories(Path.of("target/receipts"));
        new PaperRenderer(PROFILE, FONTS).writePng(reprint, Path.of("target/receipts/thermal-reprint-ja.png"));
    }

    @Test
    void aReprintThatFailsAgainWaitsForStaff() {
        TopUpRecord t = paidTopUp(Language.JA, 1000, 2000);
        journal.complete(t.seq());
        sim.paperOutAfterLines(10);
        assertFalse(printing.printSale(t.seq(), new ReceiptStatus.Pending()).printed());
        sim.reloadPaper();
        sim.paperOutAfterLines(10);

        assertFalse(printing.reprintFailed().get(0).printed());
        sim.reloadPaper();

        assertEquals(List.of(), printing.reprintFailed(), "one automatic reprint only");
        assertEquals(1, printing.needingStaff().size());
        assertTrue(printing.reprint(t.seq()).printed(), "a technician may reprint");
        assertEquals(2, journal.printJobs(t.seq()).get(2).reprintNo());
        assertEquals(List.of(), printing.needingStaff());
    }

    @Test
    void aCreditNoteCarriesTheAmountHeldAndTheClaimCode() throws Exception {
        TopUpRecord t = paidTopUp(Language.KO, 1000);
        journal.abandon(t.seq());

        assertTrue(printing.printCredit(t.seq()).printed());

        PrintedReceipt r = sim.paper().awaitReceipts(1, Duration.ofSeconds(10)).get(0);
        assertTrue(r.text().contains("預り証"), r.text());
        assertTrue(r.text().contains(t.claimCode().display()), r.text());
        assertFalse(r.text().contains("登録番号"), "a credit note is not an invoice: " + r.text());
        assertFalse(r.rasters().isEmpty(), "Korean lines come out as raster bands");
        new PaperRenderer(PROFILE, FONTS).writePng(r, Files.createDirectories(Path.of("target/receipts")).resolve("thermal-credit-ko.png"));
    }
}
