package jp.konbini.receipt.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.konbini.domain.Language;
import jp.konbini.receipt.ReceiptFixtures;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.ReceiptStatus;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.catalog.TaxCategory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class ScratchRender {
    @Test
    void render() throws Exception {
        Files.createDirectories(Path.of("target/receipts"));
        try (PdfFonts fonts = PdfFonts.load()) {
            PdfReceiptRenderer r = new PdfReceiptRenderer(fonts);
            for (Language l : Language.values()) {
                byte[] pdf = r.render(new ReceiptLayout().layout(ReceiptFixtures.sale(l, new ReceiptStatus.Applied(java.util.Optional.of(java.time.LocalDate.of(2026,12,13))), TaxMode.SHOW_TAX_AMOUNT, TaxCategory.STANDARD_10)));
                try (var doc = Loader.loadPDF(pdf)) {
                    javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY), "png", Path.of("target/receipts/scratch-" + l.tag() + ".png").toFile());
                }
            }
        }
    }
}
