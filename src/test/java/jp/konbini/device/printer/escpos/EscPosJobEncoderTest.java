package jp.konbini.device.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.TextFace;
import jp.konbini.device.printer.TextSize;
import jp.konbini.domain.Language;
import jp.konbini.receipt.ReceiptFixtures;
import jp.konbini.receipt.ReceiptLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** From print document to bytes: text where the printer can, raster bands where it cannot, commands never split. */
class EscPosJobEncoderTest {

    private final EscPosJobEncoder tmT88 = new EscPosJobEncoder(EscPosCommandsTest.TM_T88, new TextRasterizer(EscPosCommandsTest.FONTS));
    private final EscPosJobEncoder generic = new EscPosJobEncoder(EscPosCommandsTest.GENERIC_80, new TextRasterizer(EscPosCommandsTest.FONTS));

    private static long bands(EncodedJob job) {
        return job.commands().stream().filter(c -> c.length > 3 && c[0] == 0x1D && c[1] == 'v' && c[2] == '0').count();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void aJapaneseReceiptIsAllTextWithANativeQr() {
        EncodedJob job = tmT88.encode(new ReceiptLayout().layout(ReceiptFixtures.pending(Language.JA)));
        assertEquals(0, job.rasterLines());
        assertEquals(0, bands(job));
        assertTrue(job.commands().stream().anyMatch(c -> c.length > 7 && c[0] == 0x1B && c[3] == 0x1D && c[4] == '(' && c[5] == 'k'),
                "centred native QR");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ZH_HANS", "KO"})
    void chineseAndKoreanReceiptsComeOutWithRasterBands(Language language) {
        EncodedJob job = tmT88.encode(new ReceiptLayout().layout(ReceiptFixtures.pending(language)));
        assertTrue(job.rasterLines() >= 8, language + ": " + job.rasterLines());
        assertTrue(bands(job) >= job.rasterLines());
        // Lines in Japanese only (issuer, store, amounts) still go as text; bilingual labels with Chinese or Korean words are drawn.
        assertTrue(job.commands().stream().anyMatch(c -> contains(c, "株式会社コンビニトップアップ".getBytes(java.nio.charset.Charset.forName("windows-31j")))));
        assertTrue(job.commands().stream().anyMatch(c -> contains(c, "ファミリーマート 新宿西口店".getBytes(java.nio.charset.Charset.forName("windows-31j")))));
    }

    @Test
    void withoutNativeQrTheCodeIsARasterImage() {
        EncodedJob job = generic.encode(new PrintJob("t", List.of(new PrintBlock.Qr("https://r.example/r/K/1"), new PrintBlock.Cut())));
        assertTrue(bands(job) >= 1);
        assertFalse(job.commands().stream().anyMatch(c -> c.length > 3 && c[1] == '(' && c[2] == 'k'));
    }

    @Test
    void chunksAreWholeCommandsAndNeverLargerThanTheProfileAllowsUnlessOneCommandIs() {
        EncodedJob job = tmT88.encode(new ReceiptLayout().layout(ReceiptFixtures.pending(Language.KO)));
        List<byte[]> chunks = job.chunks(1024);
        int total = 0;
        int commandIndex = 0;
        for (byte[] chunk : chunks) {
            int at = 0;
            while (at < chunk.length) {
                byte[] c = job.commands().get(commandIndex++);
                assertEquals(java.nio.ByteBuffer.wrap(c), java.nio.ByteBuffer.wrap(chunk, at, c.length), "chunk boundary inside a command");
                at += c.length;
            }
            assertTrue(chunk.length <= 1024, "chunk of " + chunk.length);
            total += chunk.length;
        }
        assertEquals(job.size(), total);
    }

    @Test
    void realTimeCommandPatternsInImageDataAreBroken() {
        byte[] band = {0x1D, 'v', '0', 0, 2, 0, 2, 0, 0x10, 0x04, 0x10, 0x14, 0x10, 0x05, 0x10, 0x10};
        EscPosJobEncoder.defuseRealTimePatterns(band, 8);
        for (int i = 8; i < band.length - 1; i++) {
            assertFalse(band[i] == 0x10 && (band[i + 1] == 4 || band[i + 1] == 5 || band[i + 1] == 0x14), "pattern left at " + i);
        }
        assertEquals(0x10, band[14], "a DLE not followed by a command byte stays");
    }

    @Test
    void aLineThePrinterCannotEncodeIsDrawnAtTheLeftAndCroppedOnTheRight() {
        PrintJob job = new PrintJob("t", List.of(new PrintBlock.Paragraph(Phrase.of("你好", TextFace.PAN_CJK), Align.LEFT, TextSize.NORMAL, false),
                new PrintBlock.Cut()));
        EncodedJob encoded = tmT88.encode(job);
        byte[] band = encoded.commands().get(1);
        int bytesPerRow = (band[4] & 0xFF) + 256 * (band[5] & 0xFF);
        int rows = (band[6] & 0xFF) + 256 * (band[7] & 0xFF);
        assertEquals(24, rows);
        assertTrue(bytesPerRow >= 5 && bytesPerRow <= 7, "two 24-dot characters need 6 bytes per row, got " + bytesPerRow);
        Bitmap image = Bitmap.ofPacked(bytesPerRow * 8, rows, java.util.Arrays.copyOfRange(band, 8, band.length));
        assertFalse(image.isBlank());
        assertEquals(List.of((byte) 0x1B, (byte) 'J', (byte) TextRasterizer.GAP_DOTS),
                List.of(encoded.commands().get(2)[0], encoded.commands().get(2)[1], encoded.commands().get(2)[2]));
    }
}
