package jp.konbini.report;

import java.util.ArrayList;
import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.TextFace;
import jp.konbini.device.printer.TextSize;

/**
 * Lays a {@link CollectionRecord} out as a neutral print document, so the receipt printer prints
 * it and {@code PdfReceiptRenderer} files the same slip as an 80 mm PDF. A difference is
 * unmistakable: a large {@code 差異あり / DIFFERENCE} under the title and again at the totals,
 * signed amounts, and the differing denominations in bold. Ends with a line to sign and a cut.
 */
public final class CollectionSlip {

    private final ReportTexts texts;

    public CollectionSlip(ReportTexts texts) {
        this.texts = texts;
    }

    public PrintJob layout(CollectionRecord r) {
        List<PrintBlock> b = new ArrayList<>();
        r.reprintedAt().ifPresent(at -> {
            b.add(paragraph(texts.both("reprint"), Align.CENTER, TextSize.DOUBLE, true));
            b.add(paragraph(ReportFormat.dateTime(at), Align.CENTER, TextSize.NORMAL, false));
        });
        b.add(paragraph(texts.japanese("collection.title"), Align.CENTER, TextSize.DOUBLE, true));
        b.add(paragraph(texts.english("collection.title"), Align.CENTER, TextSize.NORMAL, true));
        if (r.hasDifference()) {
            b.add(differenceBanner());
        }
        b.add(new PrintBlock.Feed(1));
        b.add(paragraph(r.site().storeName(), Align.CENTER, TextSize.NORMAL, false));
        b.add(columns("store", r.site().storeId(), false));
        b.add(columns("kiosk", r.site().kioskId(), false));
        b.add(new PrintBlock.Rule());
        b.add(columns("collection.number", r.numberText(), true));
        b.add(columns("collection.started", ReportFormat.dateTime(r.startedAt()), false));
        b.add(columns("collection.recorded", ReportFormat.dateTime(r.recordedAt()), false));
        b.add(columns("collection.by", r.collectedBy(), false));
        b.add(columns("collection.role", r.role(), false));
        b.add(new PrintBlock.Rule());
        for (CollectionLine line : r.lines()) {
            denomination(b, line);
        }
        b.add(new PrintBlock.Rule());
        totals(b, r);
        if (r.openReconciliations() > 0) {
            b.add(new PrintBlock.Rule());
            b.add(new PrintBlock.Columns(text(texts.both("collection.open")), text(texts.japanese("collection.open.count", r.openReconciliations())),
                    TextSize.NORMAL, true));
            b.add(paragraph(texts.japanese("collection.open.explain"), Align.LEFT, TextSize.NORMAL, false));
            b.add(paragraph(texts.english("collection.open.explain"), Align.LEFT, TextSize.NORMAL, false));
        }
        b.add(new PrintBlock.Rule());
        b.add(paragraph(texts.both("collection.signature"), Align.LEFT, TextSize.NORMAL, false));
        b.add(new PrintBlock.Feed(3));
        b.add(new PrintBlock.Rule());
        b.add(new PrintBlock.Cut());
        String title = "collection " + r.site().kioskId() + " " + r.numberText() + (r.isReprint() ? " reprint" : "");
        return new PrintJob(title, b);
    }

    /** The denomination, then the journal's, the counted and the difference line; bold where it differs. */
    private void denomination(List<PrintBlock> b, CollectionLine line) {
        boolean differs = line.differs();
        b.add(paragraph(line.denomination().value().format() + (differs ? "  ※" + texts.japanese("collection.differs") : ""),
                Align.LEFT, TextSize.NORMAL, true));
        b.add(countLine("collection.journal", line.journalCount(), line.journalAmount().format()));
        b.add(countLine("collection.counted", line.countedCount(), line.countedAmount().format()));
        b.add(new PrintBlock.Columns(
                text(texts.both("collection.difference") + " " + texts.japanese("collection.notes", ReportFormat.signed(line.countDifference())))
                        .indent(),
                text(ReportFormat.signed(line.difference())), TextSize.NORMAL, differs));
    }

    private PrintBlock countLine(String key, int count, String amount) {
        return new PrintBlock.Columns(text(texts.both(key) + " " + texts.japanese("collection.notes", ReportFormat.count(count))).indent(),
                text(amount), TextSize.NORMAL, false);
    }

    private void totals(List<PrintBlock> b, CollectionRecord r) {
        b.add(new PrintBlock.Columns(text(texts.both("collection.total.journal")), text(r.journalTotal().format()), TextSize.NORMAL, true));
        b.add(new PrintBlock.Columns(text(texts.both("collection.total.counted")), text(r.countedTotal().format()), TextSize.NORMAL, true));
        b.add(new PrintBlock.Columns(text(texts.both("collection.total.difference")), text(ReportFormat.signed(r.difference())),
                TextSize.DOUBLE_HEIGHT, true));
        if (r.hasDifference()) {
            b.add(differenceBanner());
            b.add(paragraph(texts.japanese("collection.differs.explain"), Align.LEFT, TextSize.NORMAL, false));
            b.add(paragraph(texts.english("collection.differs.explain"), Align.LEFT, TextSize.NORMAL, false));
        } else {
            b.add(paragraph(texts.both("collection.matches"), Align.CENTER, TextSize.NORMAL, true));
        }
    }

    private PrintBlock differenceBanner() {
        return paragraph("※ " + texts.both("collection.differs") + " ※", Align.CENTER, TextSize.DOUBLE_HEIGHT, true);
    }

    private static PrintBlock paragraph(String s, Align align, TextSize size, boolean bold) {
        return new PrintBlock.Paragraph(text(s), align, size, bold);
    }

    private PrintBlock columns(String key, String value, boolean bold) {
        return new PrintBlock.Columns(text(texts.both(key)), text(value), TextSize.NORMAL, bold);
    }

    /** Staff slips are Japanese and English only: the Japanese face sets both. */
    private static Phrase text(String s) {
        return Phrase.of(s, TextFace.JAPANESE);
    }
}
