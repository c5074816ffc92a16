package jp.konbini.receipt.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import jp.konbini.device.printer.TextFace;
import jp.konbini.support.fonts.BundledFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts parsed once (parsing IPAex takes most of a second; reference §5.3) and reused
 * for every document. FontBox parses tables lazily and is not thread-safe, so one instance
 * belongs to one renderer, which serialises its use.
 */
public final class PdfFonts implements AutoCloseable {

    private final TrueTypeFont japanese;
    private final TrueTypeCollection panCjkCollection;
    private final TrueTypeFont panCjk;
    private final CmapLookup japaneseCmap;
    private final CmapLookup panCjkCmap;

    private PdfFonts(TrueTypeFont japanese, TrueTypeCollection panCjkCollection, TrueTypeFont panCjk) throws IOException {
        this.japanese = japanese;
        this.panCjkCollection = panCjkCollection;
        this.panCjk = panCjk;
        this.japaneseCmap = japanese.getUnicodeCmapLookup();
        this.panCjkCmap = panCjk.getUnicodeCmapLookup();
    }

    public static PdfFonts load() {
        try {
            TrueTypeFont ja = new TTFParser().parse(new RandomAccessReadBuffer(BundledFont.IPAEX_GOTHIC.bytes()));
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(BundledFont.WQY_MICRO_HEI.bytes()));
            TrueTypeFont cjk = collection.getFontByName(BundledFont.WQY_MICRO_HEI.postScriptName());
            if (cjk == null) {
                throw new IOException("face " + BundledFont.WQY_MICRO_HEI.postScriptName() + " not in " + BundledFont.WQY_MICRO_HEI.resource());
            }
            return new PdfFonts(ja, collection, cjk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the bundled fonts", e);
        }
    }

    /** The parsed face, for a renderer that embeds it in its own document (the daily report's PDF too). */
    public TrueTypeFont font(TextFace face) {
        return face == TextFace.JAPANESE ? japanese : panCjk;
    }

    /** Whether {@code face} has a glyph for {@code cp} (PDFBox has no fallback of its own). */
    public boolean has(TextFace face, int cp) {
        return (face == TextFace.JAPANESE ? japaneseCmap : panCjkCmap).getGlyphId(cp) != 0;
    }

    /** Advance of {@code cp} in {@code face} at 1 pt. */
    public double advance(TextFace face, int cp) {
        try {
            TrueTypeFont f = font(face);
            int gid = (face == TextFace.JAPANESE ? japaneseCmap : panCjkCmap).getGlyphId(cp);
            return (double) f.getAdvanceWidth(gid) / f.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            japanese.close();
            panCjkCollection.close();
        } catch (IOException ignored) {
            // Closing in-memory fonts: nothing to recover.
        }
    }
}
