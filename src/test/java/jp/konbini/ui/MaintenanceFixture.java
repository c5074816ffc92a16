package jp.konbini.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.flow.FlowHarness;
import jp.konbini.flow.SessionFlow;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.maintenance.BacklogSampler;
import jp.konbini.maintenance.CashBoxWatch;
import jp.konbini.maintenance.CashCollectionDesk;
import jp.konbini.maintenance.ChartsDesk;
import jp.konbini.maintenance.ConfigurationDesk;
import jp.konbini.maintenance.DailyReportBuilder;
import jp.konbini.maintenance.DiagnosticsDesk;
import jp.konbini.maintenance.ExportDesk;
import jp.konbini.maintenance.FlowKioskControl;
import jp.konbini.maintenance.NoteTestDesk;
import jp.konbini.maintenance.PrinterCheck;
import jp.konbini.maintenance.SyncControl;
import jp.konbini.maintenance.SyncDesk;
import jp.konbini.maintenance.CollectionOutput;
import jp.konbini.maintenance.KioskControl;
import jp.konbini.maintenance.MaintenanceDesk;
import jp.konbini.maintenance.MaintenanceEntry;
import jp.konbini.maintenance.MaintenanceMode;
import jp.konbini.maintenance.Operator;
import jp.konbini.maintenance.OperatorDirectory;
import jp.konbini.maintenance.OutOfServiceSwitch;
import jp.konbini.maintenance.PinHash;
import jp.konbini.maintenance.ReceiptReprinter;
import jp.konbini.maintenance.TransactionDesk;
import jp.konbini.report.Site;

/**
 * Maintenance mode over the virtual-time kiosk of {@link FlowHarness}, wired as the composition
 * root wires it: the real desks on the harness's journal, the kiosk control over the real flow,
 * reprints through the flow's own receipt printing (the simulated printer). Only the collection
 * slip is a recording fake (its printing and PDF are the report package's, tested there).
 */
final class MaintenanceFixture {

    static final String STAFF_PIN = "1111";
    static final String TECHNICIAN_PIN = "2222";
    /** Short, so tests do not wait five seconds per entry; still far longer than a tap. */
    static final Duration HOLD = Duration.ofMillis(400);
    /** Long enough that no test's pause between taps reaches it; the idle test sets its own. */
    Duration idleLeave = Duration.ofMinutes(10);

    final MaintenanceMode mode;
    final List<String> slips = new ArrayList<>();
    final Clock clock;
    /** The acceptor's frames as the serial-traffic page reads them (tests log some). */
    final jp.konbini.device.acceptor.id003.FrameLog frames;
    /** What the sync backlog sampler reads; tests set it and call {@code backlog.sample()}. */
    final java.util.concurrent.atomic.AtomicLong backlogNow = new java.util.concurrent.atomic.AtomicLong();
    final BacklogSampler backlog;

    MaintenanceFixture(FlowHarness kiosk, Path dir) {
        clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return MaintenanceAccess.JAPAN;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return kiosk.time.now();
            }
        };
        frames = new jp.konbini.device.acceptor.id003.FrameLog(200, clock);
        backlog = new BacklogSampler(backlogNow::get, clock, 10);
        MaintenanceRecords records = kiosk.journal().maintenance();
        KioskControl control = new FlowKioskControl(kiosk.flow());
        MaintenanceDesk desk = new MaintenanceDesk(new MaintenanceEntry(operators(dir), records, clock), control, records);
        Path pdfs = dir.resolve("collections");
        CollectionOutput output = new CollectionOutput() {
            @Override
            public boolean print(CashCollectionRecord record, Operator operator, boolean reprint) {
                slips.add((reprint ? "reprint " : "print ") + record.no());
                return true;
            }

            @Override
            public Path savePdf(CashCollectionRecord record, Operator operator) {
                Path file = pdfs.resolve(String.format("collection-%06d.pdf", record.no()));
                try {
                    Files.createDirectories(pdfs);
                    Files.writeString(file, "%PDF-1.7 (test)");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file;
            }
        };
        ReceiptReprinter reprinter = seq -> {
            PrintOutcome o = kiosk.printing().reprint(seq);
            return o instanceof PrintOutcome.Failed f ? new ReceiptReprinter.Outcome(false, f.problem().name())
                    : new ReceiptReprinter.Outcome(true, "");
        };
        DailyReportBuilder reports = new DailyReportBuilder(kiosk.journal(), records, new Site("KSK-TEST-0001", "S1", "Test store"), clock);
        CashCollectionDesk collections = new CashCollectionDesk(desk, records, output);
        mode = new MaintenanceMode(desk, new OutOfServiceSwitch(desk, control, records), collections,
                new TransactionDesk(desk, kiosk.journal(), records, reprinter,
                        () -> kiosk.printing().needingStaff().stream().map(j -> j.topUpSeq()).distinct().toList()),
                new DiagnosticsDesk(desk, kiosk.acceptor(), new NoPrinterCheck(), frames::last, records),
                new SyncDesk(desk, new OfflineSync(), records),
                new ConfigurationDesk(desk, settings(), "test"),
                new ExportDesk(desk, records, reports, report -> new byte[0], dir.resolve("logs"), "KSK-TEST-0001", dir, clock),
                new NoteTestDesk(desk, kiosk.acceptor(), records),
                new ChartsDesk(desk, records, reports, backlog),
                new CashBoxWatch(desk, collections, records, Runnable::run));
    }

    /** A few settings as a kiosk's file has them, in file order, one of them secret. */
    private static Map<String, String> settings() {
        Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("kiosk.id", "KSK-TEST-0001");
        s.put("central.url", "https://central.example/api");
        s.put("central.token", "s3cr3t");
        s.put("acceptor.port", "/dev/ttyUSB0");
        s.put("maintenance.entry-hold-seconds", "5");
        s.put("maintenance.idle-leave-minutes", "10");
        return s;
    }

    MaintenanceAccess access() {
        return new MaintenanceAccess(mode, MaintenanceAccess.Corner.TOP_RIGHT, HOLD, Optional.empty(), idleLeave, clock);
    }

    /** tanaka (staff, 1111) and sato (technician, 2222), hashed with fewer iterations than a kiosk uses. */
    private static OperatorDirectory operators(Path dir) {
        SecureRandom random = new SecureRandom();
        Path file = dir.resolve("maintenance-users.properties");
        try {
            Files.writeString(file, "tanaka=staff:" + PinHash.of(STAFF_PIN.toCharArray(), 20_000, random) + "\n"
                    + "sato=technician:" + PinHash.of(TECHNICIAN_PIN.toCharArray(), 20_000, random) + "\n", StandardCharsets.UTF_8);
            return OperatorDirectory.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printer (always ready) and a central server that has not answered: three records wait, two of them top-ups. */
    private static final class NoPrinterCheck implements PrinterCheck {
        @Override
        public String state() {
            return "ready";
        }

        @Override
        public Outcome testPrint() {
            return new Outcome(true, "ready");
        }
    }

    private static final class OfflineSync implements SyncControl {
        @Override
        public OfflineExposure exposure() {
            return new OfflineExposure(3, 2, Yen.of(4000), 0, Optional.of(Duration.ofMinutes(95)));
        }

        @Override
        public boolean online() {
            return false;
        }

        @Override
        public String lastProblem() {
            return "not contacted yet";
        }

        @Override
        public Optional<Instant> lastAnswer() {
            return Optional.empty();
        }

        @Override
        public void syncNow() {
        }

        @Override
        public NetworkTest networkTest() {
            return new NetworkTest(false, Duration.ZERO, "offline (test)");
        }
    }
}
