package jp.konbini.maintenance;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.NoteAcceptor;
import jp.konbini.device.acceptor.id003.FrameLog;
import jp.konbini.journal.MaintenanceRecords;

/**
 * Device diagnostics: the acceptor's state, firmware and note table; the printer's state and a test
 * print (staff may do that one: it is how a paper roll change is checked); the acceptor's last
 * frames in hex for the technician.
 */
public final class DiagnosticsDesk {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final MaintenanceDesk desk;
    private final NoteAcceptor acceptor;
    private final PrinterCheck printer;
    private final Supplier<List<FrameLog.Frame>> traffic;
    private final MaintenanceRecords records;

    public DiagnosticsDesk(MaintenanceDesk desk, NoteAcceptor acceptor, PrinterCheck printer, Supplier<List<FrameLog.Frame>> traffic,
                           MaintenanceRecords records) {
        this.desk = desk;
        this.acceptor = acceptor;
        this.printer = printer;
        this.traffic = traffic;
        this.records = records;
    }

    public AcceptorReport acceptor() {
        desk.require(MaintenanceFunction.DIAGNOSTICS);
        AcceptorStatus s = acceptor.status();
        return new AcceptorReport(s.state().name(), s.fault().map(Enum::name).orElse(""), s.detail(), s.firmware().orElse("(not read yet)"),
                acceptor.noteTable());
    }

    public String printerState() {
        desk.require(MaintenanceFunction.PAPER);
        return printer.state();
    }

    public PrinterCheck.Outcome testPrint() {
        Operator o = desk.require(MaintenanceFunction.PAPER);
        PrinterCheck.Outcome outcome = printer.testPrint();
        records.audit(AuditTrail.of(o, "TEST_PRINT", "printer", "", outcome.printed() ? "printed" : "failed: " + outcome.detail()));
        return outcome;
    }

    /** The acceptor's last frames, oldest first, as {@code time >> hex} lines (Japan time). */
    public List<String> traffic() {
        desk.require(MaintenanceFunction.SERIAL_TRAFFIC);
        return traffic.get().stream().map(f -> f.line(JAPAN)).toList();
    }
}
