package jp.konbini.device.printer;

import java.util.Objects;

/** One element of a {@link PrintJob}. Each renderer wraps text to its own width. */
public sealed interface PrintBlock {

    /** A paragraph, wrapped to the paper width. */
    record Paragraph(Phrase text, Align align, TextSize size, boolean bold) implements PrintBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            Objects.requireNonNull(size, "size");
        }
    }

    /**
     * A label on the left and a value flush right on the same line (an amount, a number). When
     * both do not fit, the label wraps and the value goes flush right under it.
     */
    record Columns(Phrase left, Phrase right, TextSize size, boolean bold) implements PrintBlock {
        public Columns {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(size, "size");
        }
    }

    /** A separator across the paper. */
    record Rule() implements PrintBlock {
    }

    /** Blank paper, in text lines. */
    record Feed(int lines) implements PrintBlock {
        public Feed {
            if (lines < 1 || lines > 10) {
                throw new IllegalArgumentException("feed 1 to 10 lines: " + lines);
            }
        }
    }

    /** A QR code, centred, carrying an ASCII payload (printers may read other bytes as Shift_JIS). */
    record Qr(String payload) implements PrintBlock {
        public Qr {
            if (payload.isEmpty() || !payload.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
                throw new IllegalArgumentException("a QR payload must be printable ASCII without spaces: " + payload);
            }
        }
    }

    /** The end of the receipt: feed past the cutter and cut. */
    record Cut() implements PrintBlock {
    }
}
