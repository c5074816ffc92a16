package jp.konbini.report;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import jp.konbini.device.printer.Align;
import jp.konbini.receipt.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Draws a {@link DailyReport} as an A4 PDF with PDFBox: a header naming the store, kiosk and day,
 * the key figures, then one headed section per subject with a simple table (top-ups by outcome
 * and product, a bar chart and table per hour, cash in, collections, faults, reprints). Long
 * tables continue on further pages; every page carries the kiosk, the day and its number.
 * Serialised, like the receipt renderer: the parsed fonts are not thread-safe, so give this its
 * own {@link PdfFonts} or share one only between renderers that never run at once.
 */
public final class DailyReportPdf {

    private static final float KEEP_WITH_HEADING = 45f;

    private final PdfFonts fonts;
    private final ReportTexts texts;

    public DailyReportPdf(PdfFonts fonts, ReportTexts texts) {
        this.fonts = fonts;
        this.texts = texts;
    }

    /** The PDF bytes of {@code report}. */
    public synchronized byte[] render(DailyReport report) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(texts.both("daily.title") + " " + report.site().kioskId() + " " + ReportFormat.date(report.date()));
            info.setProducer("Konbini Top-up Kiosk");
            // The report's own time, not the wall clock: the same report renders to the same document.
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(DailyReport.JST));
            created.setTimeInMillis(report.generatedAt().toEpochMilli());
            info.setCreationDate(created);
            PdfPages pages = new PdfPages(doc, new PdfGlyphs(fonts, doc));
            header(pages, report);
            summary(pages, report);
            topUps(pages, report);
            products(pages, report);
            hours(pages, report);
            cash(pages, report);
            collections(pages, report);
            faults(pages, report);
            reprints(pages, report);
            String footer = report.site().kioskId() + "  " + report.site().storeName() + "  " + ReportFormat.date(report.date()) + "  "
                    + texts.both("daily.title");
            return pages.finish(footer, (page, of) -> texts.japanese("daily.page", page, of));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the daily report of " + report.date(), e);
        }
    }

    private void header(PdfPages p, DailyReport r) {
        p.text(texts.japanese("daily.title") + "  " + ReportFormat.date(r.date()), 18f, true, Align.LEFT);
        p.text(texts.english("daily.title"), 11f, false, Align.LEFT);
        p.gap(4);
        p.pair(texts.both("daily.store"), r.site().storeName() + " (" + r.site().storeId() + ")", 9.5f, false);
        p.pair(texts.both("kiosk"), r.site().kioskId(), 9.5f, false);
        p.pair(texts.both("daily.day"), ReportFormat.date(r.date()) + " (Asia/Tokyo)", 9.5f, false);
        p.pair(texts.both("daily.generated"), ReportFormat.dateTime(r.generatedAt()), 9.5f, false);
    }

    private void summary(PdfPages p, DailyReport r) {
        p.heading(texts.both("summary.title"), KEEP_WITH_HEADING);
        long differing = r.collections().stream().filter(CollectionSummary::differs).count();
        p.pair(texts.both("summary.topups"), ReportFormat.count(r.topUpCount()), 10f, false);
        p.pair(texts.both("summary.sales"), r.salesAmount().format(), 10f, true);
        p.pair(texts.both("summary.cash"), r.cashInTotal().format() + "  (" + texts.japanese("collection.notes", ReportFormat.count(r.cashInNotes())) + ")",
                10f, false);
        p.pair(texts.both("summary.collections"), r.collections().size()
                + (differing > 0 ? " (※ " + texts.both("collection.differs") + ": " + differing + ")" : ""), 10f, differing > 0);
        p.pair(texts.both("summary.faults"), ReportFormat.count(r.faults().size()), 10f, false);
        p.pair(texts.both("summary.reprints"), ReportFormat.count(r.reprints().size()), 10f, false);
    }

    private void topUps(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.topups"), KEEP_WITH_HEADING);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (OutcomeTotal t : r.outcomes()) {
            rows.add(PdfTable.Row.of(texts.both("outcome." + t.outcome().name()), ReportFormat.count(t.count()), t.amount().format()));
        }
        rows.add(new PdfTable.Row(List.of(texts.both("daily.total"), ReportFormat.count(r.topUpCount()), ""), true));
        rows.add(new PdfTable.Row(List.of(texts.both("daily.sales"), "", r.salesAmount().format()), true));
        p.table(new PdfTable(List.of(column("column.outcome", 3, Align.LEFT), column("column.count", 1, Align.RIGHT),
                column("column.amount", 1.4f, Align.RIGHT)), rows, none()));
    }

    private void products(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.products"), KEEP_WITH_HEADING);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (ProductSales s : r.products()) {
            rows.add(PdfTable.Row.of(s.name(), ReportFormat.count(s.count()), s.amount().format()));
        }
        p.table(new PdfTable(List.of(column("column.product", 3, Align.LEFT), column("column.count", 1, Align.RIGHT),
                column("column.amount", 1.4f, Align.RIGHT)), rows, none()));
    }

    private void hours(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.hours"), 110f);
        List<String> labels = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            labels.add(Integer.toString(h));
        }
        if (r.topUpsPerHour().stream().anyMatch(c -> c > 0)) {
            p.bars(r.topUpsPerHour(), labels, 60f);
        }
        for (int half = 0; half < 2; half++) {
            List<PdfTable.Column> columns = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            for (int h = half * 12; h < half * 12 + 12; h++) {
                columns.add(new PdfTable.Column(texts.japanese("column.hour", h), texts.english("column.hour", h), 1, Align.RIGHT));
                counts.add(ReportFormat.count(r.topUpsPerHour().get(h)));
            }
            p.table(new PdfTable(columns, List.of(new PdfTable.Row(counts, false)), none()));
        }
    }

    private void cash(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.cash"), KEEP_WITH_HEADING);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (CashIn c : r.cashIn()) {
            rows.add(PdfTable.Row.of(c.denomination().value().format(), ReportFormat.count(c.count()), c.amount().format()));
        }
        rows.add(new PdfTable.Row(List.of(texts.both("daily.total"), ReportFormat.count(r.cashInNotes()), r.cashInTotal().format()), true));
        p.table(new PdfTable(List.of(column("column.denomination", 3, Align.LEFT), column("column.notes", 1, Align.RIGHT),
                column("column.amount", 1.4f, Align.RIGHT)), rows, none()));
    }

    private void collections(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.collections"), KEEP_WITH_HEADING);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (CollectionSummary c : r.collections()) {
            String difference = ReportFormat.signed(c.difference()) + (c.differs() ? " ※" : "");
            rows.add(new PdfTable.Row(List.of(String.format(java.util.Locale.ROOT, "%06d", c.number()), ReportFormat.time(c.recordedAt()),
                    c.collectedBy(), c.journalTotal().format(), c.countedTotal().format(), difference), c.differs()));
        }
        p.table(new PdfTable(List.of(column("column.number", 1.1f, Align.LEFT), column("column.time", 0.9f, Align.LEFT),
                column("column.by", 2, Align.LEFT), column("column.journal", 1.3f, Align.RIGHT), column("column.counted", 1.3f, Align.RIGHT),
                column("column.difference", 1.3f, Align.RIGHT)), rows, none()));
        if (r.collections().stream().anyMatch(CollectionSummary::differs)) {
            p.text("※ " + texts.both("collection.differs") + ": " + texts.japanese("collection.differs.explain"), 8.5f, false, Align.LEFT);
            p.text(texts.english("collection.differs.explain"), 8.5f, false, Align.LEFT);
        }
    }

    private void faults(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.faults"), KEEP_WITH_HEADING);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (FaultEntry f : r.faults()) {
            rows.add(PdfTable.Row.of(ReportFormat.time(f.at()), f.device(), f.description()));
        }
        p.table(new PdfTable(List.of(column("column.time", 0.8f, Align.LEFT), column("column.device", 1.9f, Align.LEFT),
                column("column.description", 5, Align.LEFT)), rows, none()));
    }

    private void reprints(PdfPages p, DailyReport r) {
        p.heading(texts.both("section.reprints"), KEEP_WITH_HEADING);
        List<PdfTable.Row> rows = new ArrayList<>();
        for (ReprintEntry e : r.reprints()) {
            rows.add(PdfTable.Row.of(ReportFormat.time(e.at()), e.reference(), e.by()));
        }
        p.table(new PdfTable(List.of(column("column.time", 0.8f, Align.LEFT), column("column.reference", 3, Align.LEFT),
                column("column.by", 2, Align.LEFT)), rows, none()));
    }

    private PdfTable.Column column(String key, float weight, Align align) {
        return new PdfTable.Column(texts.japanese(key), texts.english(key), weight, align);
    }

    private String none() {
        return texts.both("daily.none");
    }
}
