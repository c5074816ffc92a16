package jp.konbini.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.printer.escpos.EncodedJob;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.printer.sim.PaperRenderer;
import jp.konbini.device.printer.sim.PrintedReceipt;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.receipt.pdf.PdfFonts;
import jp.konbini.receipt.pdf.PdfReceiptRenderer;
import jp.konbini.receipt.pdf.PdfReceiptRendererTest;
import jp.konbini.support.fonts.AwtFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collection slip through the real paths: ESC/POS bytes from the job encoder, printed by the
 * driver on the printer simulator (its paper rendered to PNG), and the 80 mm PDF of the receipt
 * renderer (rendered to PNG, text extracted). Pictures go to target/screenshots/reports for a
 * person to look at.
 */
class CollectionSlipTest {

    static final Path OUT = Path.of("target/screenshots/reports");
    static final CapabilityProfile PROFILE = CapabilityProfiles.load(Path.of("drivers/epson-tm-t88-jp.properties"));
    static final AwtFonts AWT_FONTS = AwtFonts.load();
    static PdfFonts pdfFonts;

    private final CollectionSlip slip = new CollectionSlip(ReportTexts.bundled());

    @BeforeAll
    static void load() throws IOException {
        pdfFonts = PdfFonts.load();
        FontMappers.set(new PdfReceiptRendererTest.NoSystemFonts());
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        pdfFonts.close();
        FontMappers.set(null);
    }

    @Test
    void aShortfallIsFlaggedAndSignedOnTheDocument() {
        PrintJob job = slip.layout(ReportFixtures.short1000());
        String text = text(job);

        assertTrue(text.contains("回収記録") && text.contains("Cash collection"), text);
        assertTrue(text.contains("ファミリーマート 新宿西口店") && text.contains("FM-104523") && text.contains("KSK-TYO-0001"), text);
        assertTrue(text.contains("回収番号 / Collection no.") && text.contains("000042"), text);
        assertTrue(text.contains("2026-11-22 13:49") && text.contains("2026-11-22 14:00"), "started and recorded, Tokyo time: " + text);
        assertTrue(text.contains("山田 花子") && text.contains("staff"), text);
        assertTrue(text.contains("理論 / Journal 14枚") && text.contains("¥14,000"), text);
        assertTrue(text.contains("実査 / Counted 13枚") && text.contains("¥13,000"), text);
        assertTrue(text.contains("過不足 / Difference -1枚") && text.contains("-¥1,000"), text);
        assertTrue(text.contains("理論合計 / Journal total") && text.contains("¥54,000"), text);
        assertTrue(text.contains("実査合計 / Counted total") && text.contains("¥53,000"), text);
        assertEquals(2, count(text, "差異あり / DIFFERENCE"), "under the title and at the totals: " + text);
        assertTrue(text.contains("未精算の紙幣 / Notes not yet settled") && text.contains("1件"), text);
        assertTrue(text.contains("確認者署名 / Checked by"), text);
        assertTrue(job.blocks().get(job.blocks().size() - 1) instanceof PrintBlock.Cut);
        assertEquals("collection KSK-TYO-0001 000042", job.title());
    }

    @Test
    void aSurplusCarriesAPlusSignAndAMatchSaysSo() {
        String over = text(slip.layout(ReportFixtures.over5000()));
        assertTrue(over.contains("+¥5,000") && over.contains("+1枚") && over.contains("差異あり / DIFFERENCE"), over);
        assertFalse(over.contains("未精算の紙幣"), "no open reconciliations, no line about them");

        String matching = text(slip.layout(ReportFixtures.matching()));
        assertTrue(matching.contains("差異なし / No difference"), matching);
        assertFalse(matching.contains("DIFFERENCE") || matching.contains("差異あり"), matching);
        assertTrue(matching.contains("¥0"), matching);
    }

    @Test
    void countsThatCancelOutInYenStillPrintAsADifference() {
        String text = text(slip.layout(ReportFixtures.cancellingOut()));
        assertTrue(text.contains("差異あり / DIFFERENCE") && text.contains("-1枚") && text.contains("+2枚"), text);
    }

    @Test
    void aReprintSaysSoFirst() {
        PrintJob job = slip.layout(ReportFixtures.short1000().asReprint(ReportFixtures.AFTERNOON.plusSeconds(7200)));
        String text = text(job);
        assertTrue(text.startsWith("再発行 / REPRINT\n2026-11-22 16:00\n回収記録"), text);
        assertTrue(job.title().endsWith(" reprint"));
    }

    @Test
    void theSlipEncodesAsShiftJisTextAndPrintsWholeOnThePrinter() throws Exception {
        PrintJob job = slip.layout(ReportFixtures.short1000());
        EncodedJob encoded = new EscPosJobEncoder(PROFILE, new TextRasterizer(AWT_FONTS)).encode(job);
        assertEquals(0, encoded.rasterLines(), "every character of the slip is in the printer's Kanji ROM");
        assertTrue(indexOf(encoded.bytes(), "差異あり".getBytes("windows-31j")) > 0, "Shift_JIS text in the bytes");

        InMemorySerialLine line = new InMemorySerialLine();
        try (PrinterSimulator sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().instantPrint());
             EscPosPrinter printer = new EscPosPrinter(line.host(), new EscPosJobEncoder(PROFILE, new TextRasterizer(AWT_FONTS)))) {
            PrintOutcome outcome = printer.print(job);
            assertTrue(outcome.printed(), outcome.toString());
            PrintedReceipt paper = sim.paper().awaitReceipts(1, Duration.ofSeconds(10)).get(0);
            assertTrue(paper.cut());
            String printed = paper.text();
            assertTrue(printed.contains("差異あり / DIFFERENCE") && printed.contains("-¥1,000") && printed.contains("¥53,000"), printed);
            assertEquals(java.util.List.of(), sim.problems(), "the simulator's strict parser found nothing a printer would mangle");
            new PaperRenderer(PROFILE, AWT_FONTS).writePng(paper, OUT.resolve("collection-thermal-short.png"));
        }
    }

    @Test
    void theSamePrintJobIsFiledAsAn80mmPdf() throws Exception {
        PdfReceiptRenderer renderer = new PdfReceiptRenderer(pdfFonts);
        for (var named : java.util.Map.of("short", ReportFixtures.short1000(), "over", ReportFixtures.over5000(),
                "matching-reprint", ReportFixtures.matching().asReprint(ReportFixtures.AFTERNOON)).entrySet()) {
            byte[] pdf = renderer.render(slip.layout(named.getValue()));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(80, Math.round(doc.getPage(0).getMediaBox().getWidth() * 25.4 / 72));
                String text = new PDFTextStripper().getText(doc);
                CollectionRecord r = named.getValue();
                assertTrue(text.contains(r.journalTotal().format()) && text.contains(r.countedTotal().format()), text);
                assertTrue(text.contains(r.hasDifference() ? "差異あり / DIFFERENCE" : "差異なし / No difference"), text);
                assertEquals(r.isReprint(), text.contains("再発行 / REPRINT"), text);
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 203, ImageType.GRAY), "png",
                        OUT.resolve("collection-pdf-" + named.getKey() + ".png").toFile());
            }
        }
    }

    /** The document's lines as the blocks state them, one per block. */
    private static String text(PrintJob job) {
        return job.blocks().stream().map(b -> {
            if (b instanceof PrintBlock.Paragraph p) {
                return p.text().text();
            }
            if (b instanceof PrintBlock.Columns c) {
                return c.left().text() + " | " + c.right().text();
            }
            return "";
        }).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
