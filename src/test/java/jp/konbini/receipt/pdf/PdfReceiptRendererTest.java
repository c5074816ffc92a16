package jp.konbini.receipt.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.receipt.Receipt;
import jp.konbini.receipt.ReceiptFixtures;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.ReceiptStatus;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * PDF receipts in every language: rendered to PNG with PDFBox (saved to target/receipts for a
 * person to look at), the legal fields found by text extraction, the QR code decoded back to the
 * URL, and only the embedded bundled fonts used (a font mapper that fails on any lookup of a
 * system font is installed while rendering).
 */
public class PdfReceiptRendererTest {

    static final Path OUT = Path.of("target/receipts");
    static PdfFonts fonts;
    static PdfReceiptRenderer renderer;

    /** Fails the test on any attempt to find a font outside the document. */
    public static final class NoSystemFonts implements FontMapper {
        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
            throw new AssertionError("a system font was looked up: " + baseFont);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
            throw new AssertionError("a system font was looked up: " + baseFont);
        }

        @Override
        public org.apache.pdfbox.pdmodel.font.CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
            throw new AssertionError("a system font was looked up: " + baseFont);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        fonts = PdfFonts.load();
        renderer = new PdfReceiptRenderer(fonts);
        FontMappers.set(new NoSystemFonts());
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        fonts.close();
        FontMappers.set(null);
    }

    static Receipt applied(Language l) {
        return ReceiptFixtures.sale(l, new ReceiptStatus.Applied(Optional.of(LocalDate.of(2026, 12, 13))), TaxMode.SHOW_TAX_AMOUNT,
                TaxCategory.STANDARD_10);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageCarriesTheLegalFieldsInJapaneseAndDecodesToTheLink(Language language) throws Exception {
        byte[] pdf = renderer.render(new ReceiptLayout().layout(applied(language)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String legal : List.of("領収書", "株式会社コンビニトップアップ", "登録番号", "T8010001234567", "2026年11月22日 14:00",
                    "VISITOR SIM 5GB 21日間", "合計", "¥3,000", "10%対象", "内消費税等", "¥272", "ファミリーマート 新宿西口店", "KSK-TYO-0001",
                    "000123", ReceiptFixtures.UUID_1.toString(), "090-****-5678", "お問い合わせ 0120-123-456", "Support 0120-123-456")) {
                assertTrue(text.contains(legal), language + " PDF lacks " + legal + ":\n" + text);
            }
            assertEmbeddedBundledFontsOnly(doc);
            BufferedImage png = new PDFRenderer(doc).renderImageWithDPI(0, 203, ImageType.GRAY);
            ImageIO.write(png, "png", OUT.resolve("pdf-" + language.tag() + ".png").toFile());
            assertEquals(ReceiptFixtures.CONFIG.receipts().linkBase() + "/KSK-TYO-0001/" + ReceiptFixtures.UUID_1, decodeQr(png));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ZH_HANS", "ZH_HANT", "KO"})
    void chineseAndKoreanWordsComeOutInTheirOwnFace(Language language) throws Exception {
        byte[] pdf = renderer.render(new ReceiptLayout().layout(ReceiptFixtures.pending(language)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String expected = switch (language) {
                case ZH_HANS -> "网络恢复后将自动充值。";
                case ZH_HANT -> "網路恢復後將自動儲值。";
                default -> "연결이 복구되면 자동으로 적용됩니다.";
            };
            assertTrue(text.contains(expected), text);
            assertTrue(text.contains("通信が回復すると自動的に反映されます。"), text);
            assertTrue(fontNames(doc).stream().anyMatch(n -> n.contains("WenQuanYiMicroHei")), fontNames(doc).toString());
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 203, ImageType.GRAY), "png",
                    OUT.resolve("pdf-pending-" + language.tag() + ".png").toFile());
        }
    }

    @Test
    void taxModesShowTheMarkTheAmountOrTheRate() throws Exception {
        String nonTaxable = text(ReceiptFixtures.sale(Language.JA, new ReceiptStatus.Pending(), TaxMode.NON_TAXABLE, TaxCategory.NON_TAXABLE));
        assertTrue(nonTaxable.contains("非課税") && !nonTaxable.contains("消費税"), nonTaxable);
        String rate = text(ReceiptFixtures.sale(Language.JA, new ReceiptStatus.Pending(), TaxMode.SHOW_TAX_RATE, TaxCategory.STANDARD_10));
        assertTrue(rate.contains("10%対象") && rate.contains("税率10%") && !rate.contains("内消費税"), rate);
        String reduced = text(ReceiptFixtures.sale(Language.EN, new ReceiptStatus.Pending(), TaxMode.SHOW_TAX_AMOUNT, TaxCategory.REDUCED_8));
        assertTrue(reduced.contains("8%対象※") && reduced.contains("¥222") && reduced.contains("※は軽減税率対象品目"), reduced);
    }

    @Test
    void aCreditNoteAndAReprintRenderToo() throws Exception {
        Receipt credit = ReceiptFixtures.credit(Language.EN).asReprint(new jp.konbini.receipt.Reprint(1, ReceiptFixtures.WHEN));
        String text = text(credit);
        assertTrue(text.contains("再発行 / REPRINT") && text.contains("預り証") && text.contains("Credit note")
                && text.contains(ReceiptFixtures.CODE.display()), text);
        try (PDDocument doc = Loader.loadPDF(renderer.render(new ReceiptLayout().layout(credit)))) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 203, ImageType.GRAY), "png", OUT.resolve("pdf-credit-reprint-en.png").toFile());
        }
    }

    private static String text(Receipt r) throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(new ReceiptLayout().layout(r)))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static void assertEmbeddedBundledFontsOnly(PDDocument doc) throws IOException {
        PDResources res = doc.getPage(0).getResources();
        for (var name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
            assertTrue(f.getName().matches("[A-Z]{6}\\+(IPAexGothic|WenQuanYiMicroHei)"), "not a bundled subset font: " + f.getName());
        }
    }

    static List<String> fontNames(PDDocument doc) throws IOException {
        List<String> names = new ArrayList<>();
        PDResources res = doc.getPage(0).getResources();
        for (var n : res.getFontNames()) {
            names.add(res.getFont(n).getName());
        }
        return names;
    }

    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }
}
