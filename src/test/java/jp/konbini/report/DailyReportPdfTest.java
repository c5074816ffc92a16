package jp.konbini.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.konbini.receipt.pdf.PdfFonts;
import jp.konbini.receipt.pdf.PdfReceiptRendererTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily report as an A4 PDF: figures found by text extraction, every page rendered to PNG in
 * target/screenshots/reports for a person to look at, long tables paged with their numbers, and
 * only the bundled fonts, embedded.
 */
class DailyReportPdfTest {

    static final Path OUT = Path.of("target/screenshots/reports");
    static PdfFonts fonts;
    static DailyReportPdf renderer;

    @BeforeAll
    static void load() throws IOException {
        fonts = PdfFonts.load();
        renderer = new DailyReportPdf(fonts, ReportTexts.bundled());
        FontMappers.set(new PdfReceiptRendererTest.NoSystemFonts());
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        fonts.close();
        FontMappers.set(null);
    }

    @Test
    void aBusyDayStatesEveryFigure() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.render(ReportFixtures.busyDay()))) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("日報", "Daily report", "2026-11-22", "ファミリーマート 新宿西口店", "FM-104523", "KSK-TYO-0001",
                    "2026-11-22 23:59",
                    // Top-ups by outcome: 47 in all, sales of completed + pending.
                    "完了 / Completed 38 ¥121,000", "反映待ち / Pending 3 ¥9,000", "拒否（預り） / Refused (cash held) 1 ¥3,000",
                    "取消 / Cancelled 4 ¥0", "預り証 / Credit held 1 ¥2,000", "合計 / Total 47", "¥130,000",
                    // Products.
                    "VISITOR SIM 5GB 21日間 25 ¥75,000", "データチャージ 1GB 6 ¥10,000",
                    // Cash in by denomination and its total.
                    "¥10,000 6 ¥60,000", "¥5,000 9 ¥45,000", "¥2,000 2 ¥4,000", "¥1,000 40 ¥40,000", "合計 / Total 57 ¥149,000",
                    // Collections: the short one flagged, the matching one not.
                    "000042 14:00 山田 花子 ¥54,000 ¥53,000 -¥1,000 ※", "000041 14:00 山田 花子 ¥74,000 ¥74,000 ¥0",
                    // Faults and reprints.
                    "紙幣識別機 / acceptor", "用紙切れ（PAPER OUT）", "09:12 000118 kiosk", "16:40 回収 000042 山田 花子",
                    "2 (※ 差異あり / DIFFERENCE: 1)")) {
                assertTrue(text.contains(expected), "lacks " + expected + ":\n" + text);
            }
            assertEquals(2, doc.getNumberOfPages(), "the hours on the first page, cash, collections, faults and reprints on the second");
            assertTrue(text.contains("1 / 2") && text.contains("2 / 2"), text);
            assertA4WithBundledFontsOnly(doc);
            renderPages(doc, "daily-busy");
        }
    }

    @Test
    void threeHundredFaultsRunOnToNumberedPagesWithTheirHeader() throws Exception {
        DailyReport busy = ReportFixtures.busyDay();
        DailyReport r = ReportFixtures.day(busy.outcomes(), busy.products(), busy.topUpsPerHour(), busy.cashIn(), busy.collections(),
                ReportFixtures.faults(300), busy.reprints());
        try (PDDocument doc = Loader.loadPDF(renderer.render(r))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 6 && pages <= 14, "300 fault rows of one or two lines: " + pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(doc);
            for (int i = 1; i <= 300; i++) {
                assertTrue(all.contains("#" + i + " "), "fault #" + i + " is missing");
            }
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertTrue(page.contains(p + " / " + pages), "page " + p + " lacks its number:\n" + page);
                assertTrue(page.contains("KSK-TYO-0001") && page.contains("2026-11-22"), "page " + p + " lacks its footer");
                if (p > 1 && p < pages) {
                    assertTrue(page.contains("内容") && page.contains("Description"), "page " + p + " repeats the fault table's header");
                }
            }
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertTrue(stripper.getText(doc).contains("再発行 / Reprints"), "the reprints follow the faults on the last page");
            assertA4WithBundledFontsOnly(doc);
            renderPages(doc, "daily-300-faults");
        }
    }

    @Test
    void aQuietDaySaysNoneRatherThanLeavingBlanks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.render(ReportFixtures.quietDay()))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("合計 / Total 0"), text);
            assertTrue(text.contains("合計 / Total 0 ¥0"), "cash in: " + text);
            assertEquals(4, count(text, "なし / None"), "products, collections, faults, reprints: " + text);
            assertTrue(!text.contains("差異あり"), text);
            renderPages(doc, "daily-quiet");
        }
    }

    @Test
    void aDifferenceInACollectionIsFlaggedInTheSummaryAndExplained() throws Exception {
        DailyReport busy = ReportFixtures.busyDay();
        DailyReport r = ReportFixtures.day(busy.outcomes(), busy.products(), busy.topUpsPerHour(), busy.cashIn(),
                List.of(ReportFixtures.over5000().summary(), ReportFixtures.cancellingOut().summary()), List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(renderer.render(r))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("2 (※ 差異あり / DIFFERENCE: 2)"), "both collections differ: " + text);
            assertTrue(text.contains("¥11,000 ¥16,000 +¥5,000 ※"), text);
            assertTrue(text.contains("¥5,000 ¥5,000 ¥0 ※"), "counts that cancel out in yen are still flagged: " + text);
            assertTrue(text.contains("理論と実査が一致しません"), text);
        }
    }

    @Test
    void freeTextOutsideJapaneseFallsBackPerCharacterInsteadOfFailing() throws Exception {
        DailyReport quiet = ReportFixtures.quietDay();
        DailyReport r = ReportFixtures.day(quiet.outcomes(), List.of(new ProductSales("中国联通 这 5GB", 1, jp.konbini.domain.money.Yen.of(3000))),
                quiet.topUpsPerHour(), quiet.cashIn(), List.of(),
                List.of(new FaultEntry(ReportFixtures.at(10, 5), "프린터", "용지 없음\tpaper out\nreloaded 😀")), List.of());
        try (PDDocument doc = Loader.loadPDF(renderer.render(r))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("中国联通 这 5GB"), "Simplified Chinese from the pan-CJK face: " + text);
            assertTrue(text.contains("용지 없음 paper out reloaded 〓"), "tab and line break become spaces, the emoji the geta mark: " + text);
            assertA4WithBundledFontsOnly(doc);
            boolean panCjk = false;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    panCjk |= page.getResources().getFont(name).getName().contains("WenQuanYiMicroHei");
                }
            }
            assertTrue(panCjk, "the pan-CJK face is embedded only because it was needed");
        }
    }

    @Test
    void theSameReportRendersToTheSameDocument() {
        byte[] first = renderer.render(ReportFixtures.busyDay());
        byte[] second = renderer.render(ReportFixtures.busyDay());
        assertEquals(first.length, second.length, "no wall-clock time or random subset name varies the size");
    }

    private static void assertA4WithBundledFontsOnly(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
            PDResources res = page.getResources();
            for (var name : res.getFontNames()) {
                PDFont f = res.getFont(name);
                assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                assertTrue(f.getName().matches("[A-Z]{6}\\+(IPAexGothic|WenQuanYiMicroHei)"), "not a bundled subset font: " + f.getName());
            }
        }
    }

    private static void renderPages(PDDocument doc, String name) throws IOException {
        PDFRenderer pdf = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            ImageIO.write(pdf.renderImageWithDPI(i, 110, ImageType.GRAY), "png", OUT.resolve(name + "-p" + (i + 1) + ".png").toFile());
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
