package jp.konbini.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.report.DailyReport;

/**
 * Exports the logs and a day's report (PDF) into a new folder in a directory the technician chose,
 * typically a USB stick: every file is forced before the export says it is done, so the stick can
 * be pulled at once. Audited with the folder and file count.
 */
public final class ExportDesk {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(DailyReport.JST);

    private final MaintenanceDesk desk;
    private final MaintenanceRecords records;
    private final DailyReportBuilder reports;
    private final Function<DailyReport, byte[]> pdf;
    private final Path logDir;
    private final String kioskId;
    private final Path defaultTarget;
    private final Clock clock;

    public ExportDesk(MaintenanceDesk desk, MaintenanceRecords records, DailyReportBuilder reports, Function<DailyReport, byte[]> pdf,
                      Path logDir, String kioskId, Path defaultTarget, Clock clock) {
        this.desk = desk;
        this.records = records;
        this.reports = reports;
        this.pdf = pdf;
        this.logDir = logDir;
        this.kioskId = kioskId;
        this.defaultTarget = defaultTarget;
        this.clock = clock;
    }

    /** The configured export directory (a USB stick's mount), offered first. */
    public Path defaultTarget() {
        return defaultTarget;
    }

    /** @throws DeskRefusal when {@code target} is not a writable directory (no stick in, read-only) */
    public ExportResult export(Path target, LocalDate day) {
        Operator o = desk.require(MaintenanceFunction.EXPORT);
        if (!Files.isDirectory(target) || !Files.isWritable(target)) {
            throw new DeskRefusal(DeskRefusal.Reason.EXPORT_TARGET_UNWRITABLE, target + " is not a writable directory; is the USB stick in?",
                    target.toString());
        }
        Path folder = target.resolve("konbini-" + kioskId + "-" + STAMP.format(clock.instant()));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            written.add(write(folder.resolve("daily-report-" + day + ".pdf"), pdf.apply(reports.build(day))));
            if (Files.isDirectory(logDir)) {
                Path logs = Files.createDirectories(folder.resolve("logs"));
                try (DirectoryStream<Path> files = Files.newDirectoryStream(logDir, "*.log")) {
                    for (Path log : files) {
                        written.add(write(logs.resolve(log.getFileName()), Files.readAllBytes(log)));
                    }
                }
            }
            forceDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("the export to " + folder + " failed after " + written.size() + " file(s): " + e.getMessage(), e);
        }
        records.audit(AuditTrail.of(o, "EXPORT", folder.toString(), "", written.size() + " file(s), report of " + day));
        return new ExportResult(folder, written);
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                out.write(b);
            }
            out.force(true);
        }
        return file;
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some file systems (FAT on a stick) cannot sync a directory; the files themselves are forced.
        }
    }
}
