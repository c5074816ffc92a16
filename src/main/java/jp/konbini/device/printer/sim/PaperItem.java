package jp.konbini.device.printer.sim;

import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.escpos.QrErrorCorrection;

/** Something that came out of the simulated printer. */
public sealed interface PaperItem {

    /** A printed text line (empty for a bare line feed), decoded as Shift_JIS. */
    record TextLine(List<Span> spans, Align align) implements PaperItem {
        public TextLine {
            spans = List.copyOf(spans);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }

        public boolean bold() {
            return spans.stream().anyMatch(Span::bold);
        }

        public int heightFactor() {
            return spans.stream().mapToInt(Span::heightFactor).max().orElse(1);
        }
    }

    /** One raster band ({@code GS v 0}). */
    record Raster(Bitmap image) implements PaperItem {
    }

    /** A native QR code ({@code GS ( k}): the model and settings the host chose, and the stored data. */
    record QrSymbol(int model, int moduleDots, QrErrorCorrection errorCorrection, String payload, Align align) implements PaperItem {
    }

    /** Blank paper fed ({@code ESC d}, {@code ESC J}). */
    record Feed(int dots) implements PaperItem {
    }

    /** The cutter: {@code feedFirst} when the command fed to the cutting position first. */
    record Cut(boolean partial, boolean feedFirst) implements PaperItem {
    }
}
