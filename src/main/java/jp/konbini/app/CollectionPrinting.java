package jp.konbini.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import jp.konbini.config.KioskConfig;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.ReceiptPrinter;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.maintenance.CollectionOutput;
import jp.konbini.maintenance.Operator;
import jp.konbini.receipt.pdf.PdfReceiptRenderer;
import jp.konbini.report.CollectionLine;
import jp.konbini.report.CollectionRecord;
import jp.konbini.report.CollectionSlip;
import jp.konbini.report.Site;

/**
 * A recorded cash collection on paper and as a PDF: the same slip ({@link CollectionSlip}) through
 * the receipt printer and the 80 mm PDF renderer. PDFs go to {@code <data.dir>/collections/},
 * written to a temporary file, forced, then renamed, so a crash never leaves half a PDF. The PDF
 * renderer (its fonts take a moment to load) is made on first use, not at the kiosk's start.
 */
final class CollectionPrinting implements CollectionOutput {

    private final KioskConfig config;
    private final ReceiptPrinter printer;
    private final Supplier<PdfReceiptRenderer> pdf;
    private final CollectionSlip slip;
    private final IntSupplier openReconciliations;
    private final Clock clock;

    CollectionPrinting(KioskConfig config, ReceiptPrinter printer, Supplier<PdfReceiptRenderer> pdf, CollectionSlip slip,
                       IntSupplier openReconciliations, Clock clock) {
        this.config = config;
        this.printer = printer;
        this.pdf = pdf;
        this.slip = slip;
        this.openReconciliations = openReconciliations;
        this.clock = clock;
    }

    static Path directory(KioskConfig config) {
        return config.dataDir().resolve("collections");
    }

    @Override
    public boolean print(CashCollectionRecord record, Operator operator, boolean reprint) {
        return printer.print(layout(record, operator, reprint)).printed();
    }

    @Override
    public Path savePdf(CashCollectionRecord record, Operator operator) {
        Path dir = directory(config);
        Path file = dir.resolve(String.format(Locale.ROOT, "collection-%06d.pdf", record.no()));
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve(file.getFileName() + ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(pdf.get().render(layout(record, operator, false)));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    private PrintJob layout(CashCollectionRecord r, Operator operator, boolean reprint) {
        CollectionRecord slipRecord = new CollectionRecord(Site.of(config), r.no(), r.startedAt(), r.recordedAt().orElseThrow(),
                r.recordedBy().orElse(operator.name()), operator.role().name().toLowerCase(Locale.ROOT),
                CollectionLine.of(r.journalCounts(), r.countedCounts().orElseThrow()), openReconciliations.getAsInt(),
                reprint ? Optional.of(clock.instant()) : Optional.empty());
        return slip.layout(slipRecord);
    }
}
