package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.device.acceptor.NoteAcceptor;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.id003.FrameLog;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.report.DailyReport;
import jp.konbini.report.Site;
import jp.konbini.report.TopUpOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics, sync, configuration, the daily report and exports, on the real journal; devices and network as fakes. */
class TechnicianFunctionsTest {

    @TempDir
    Path dir;

    @TempDir
    Path stick;

    private final List<String> calls = new ArrayList<>();

    private final NoteAcceptor acceptor = new NoteAcceptor() {
        @Override
        public void start() {
        }

        @Override
        public void enable(Set<Denomination> notes, NoteSession session, EscrowDecider decider) {
        }

        @Override
        public void disable() {
        }

        @Override
        public AcceptorStatus status() {
            return new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(FaultKind.JAM_IN_ACCEPTOR), "jam", Optional.of("SIM 1.0"));
        }

        @Override
        public List<String> noteTable() {
            return List.of("0x61  country 0x0A  ¥1,000");
        }

        @Override
        public void close() {
        }
    };

    private final PrinterCheck printer = new PrinterCheck() {
        @Override
        public String state() {
            return "paper near end";
        }

        @Override
        public Outcome testPrint() {
            calls.add("test print");
            return new Outcome(true, "ready");
        }
    };

    private final SyncControl sync = new SyncControl() {
        @Override
        public OfflineExposure exposure() {
            return new OfflineExposure(3, 2, Yen.of(4000), 0, Optional.of(Duration.ofMinutes(42)));
        }

        @Override
        public boolean online() {
            return false;
        }

        @Override
        public String lastProblem() {
            return "UNREACHABLE: connection refused";
        }

        @Override
        public Optional<Instant> lastAnswer() {
            return Optional.of(Instant.parse("2026-11-22T04:00:00Z"));
        }

        @Override
        public void syncNow() {
            calls.add("sync now");
        }

        @Override
        public NetworkTest networkTest() {
            return new NetworkTest(false, Duration.ofMillis(20), "UNREACHABLE: connection refused");
        }
    };

    private List<String> actions(DeskFixture f) {
        return f.journal.maintenance().auditAfter(0, 100).stream().map(e -> e.record().action() + " " + e.record().after()).toList();
    }

    @Test
    void diagnosticsShowTheDevicesAndTheTechnicianSeesTheAcceptorsFrames() {
        try (DeskFixture f = new DeskFixture(dir)) {
            FrameLog log = new FrameLog(3, Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC));
            DiagnosticsDesk d = new DiagnosticsDesk(f.desk, acceptor, printer, log::last, f.journal.maintenance());
            for (int i = 0; i < 5; i++) {
                log.sent(new byte[] {(byte) 0xFC, 0x05, 0x11, (byte) i});
            }
            log.received(new byte[] {(byte) 0xFC, 0x05, 0x40});
            f.enter(DeskFixture.STAFF_PIN);
            assertEquals("paper near end", d.printerState());
            assertTrue(d.testPrint().printed());
            assertThrows(NotPermittedException.class, d::acceptor, "staff do not see device internals");
            assertThrows(NotPermittedException.class, d::traffic);
            f.desk.leave();
            f.enter(DeskFixture.TECH_PIN);
            AcceptorReport a = d.acceptor();
            assertEquals("OUT_OF_SERVICE", a.state());
            assertEquals("JAM_IN_ACCEPTOR", a.fault());
            assertEquals("SIM 1.0", a.firmware());
            assertEquals(List.of("0x61  country 0x0A  ¥1,000"), a.noteTable());
            assertEquals(List.of("14:00:00.000 >> FC 05 11 03", "14:00:00.000 >> FC 05 11 04", "14:00:00.000 << FC 05 40"), d.traffic(),
                    "the last frames only, in Japan time");
            assertEquals("TEST_PRINT printed", actions(f).get(1));
        }
    }

    @Test
    void syncShowsWhatIsUnsyncedAndItsActionsAreAudited() {
        try (DeskFixture f = new DeskFixture(dir)) {
            SyncDesk s = new SyncDesk(f.desk, sync, f.journal.maintenance());
            f.enter(DeskFixture.TECH_PIN);
            SyncStatusView v = s.status();
            assertEquals(2, v.exposure().unsyncedTopUps());
            assertEquals(Optional.of(Duration.ofMinutes(42)), v.exposure().oldestAge());
            assertFalse(v.online());
            assertEquals("UNREACHABLE: connection refused", v.lastProblem());
            s.syncNow();
            assertFalse(s.networkTest().reached());
            assertEquals(List.of("sync now"), calls);
            assertEquals(List.of("ENTERED ", "SYNC_NOW ", "NETWORK_TEST failed: UNREACHABLE: connection refused"), actions(f));
        }
    }

    @Test
    void theConfigurationViewMasksSecrets() {
        try (DeskFixture f = new DeskFixture(dir)) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("kiosk.id", "KSK-TYO-0001");
            settings.put("central.secret-file", "secrets/kiosk.secret");
            settings.put("maintenance.key-switch", "none");
            ConfigurationDesk c = new ConfigurationDesk(f.desk, settings, "1.2.3");
            f.enter(DeskFixture.TECH_PIN);
            assertEquals(List.of(new ConfigurationDesk.Setting("kiosk.id", "KSK-TYO-0001"),
                    new ConfigurationDesk.Setting("central.secret-file", ConfigurationDesk.MASK),
                    new ConfigurationDesk.Setting("maintenance.key-switch", "none")), c.settings());
            assertEquals("1.2.3", c.version());
        }
    }

    @Test
    void theDailyReportCountsTheDayFromTheJournal() {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.sell(3000, 1000, 2000);
            f.creditHeld(5000, 1000);
            f.enter(DeskFixture.STAFF_PIN);
            long no = f.collections.start().no();
            f.collections.record(no, Map.of(Denomination.YEN_1000, 2, Denomination.YEN_2000, 0, Denomination.YEN_5000, 0, Denomination.YEN_10000, 0));
            DailyReport r = new DailyReportBuilder(f.journal, f.journal.maintenance(), new Site("KSK-TEST-0001", "S1", "Store"), DeskFixture.CLOCK)
                    .build(LocalDate.of(2026, 11, 22));
            assertEquals(1, r.outcome(TopUpOutcome.PENDING).count(), "sold, not yet confirmed by the server");
            assertEquals(Yen.of(3000), r.outcome(TopUpOutcome.PENDING).amount());
            assertEquals(1, r.outcome(TopUpOutcome.CREDIT_HELD).count());
            assertEquals(Yen.of(4000), r.cashInTotal());
            assertEquals(2, r.topUpsPerHour().get(14), "05:00 UTC is 14:00 in Japan");
            assertEquals(1, r.collections().size());
            assertTrue(r.collections().get(0).differs(), "one ¥2,000 note was counted as a ¥1,000");
            DailyReport other = new DailyReportBuilder(f.journal, f.journal.maintenance(), new Site("KSK-TEST-0001", "S1", "Store"),
                    DeskFixture.CLOCK).build(LocalDate.of(2026, 11, 21));
            assertEquals(0, other.topUpCount());
        }
    }

    @Test
    void anExportWritesTheReportAndLogsIntoANewFolderAndRefusesAMissingStick() throws Exception {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.sell(1000, 1000);
            Path logs = Files.createDirectories(dir.resolve("logs"));
            Files.writeString(logs.resolve("kiosk.log"), "05:00:00 INFO started\n");
            List<LocalDate> reported = new ArrayList<>();
            ExportDesk e = new ExportDesk(f.desk, f.journal.maintenance(),
                    new DailyReportBuilder(f.journal, f.journal.maintenance(), new Site("KSK-TEST-0001", "S1", "Store"), DeskFixture.CLOCK),
                    report -> {
                        reported.add(report.date());
                        return "%PDF-fake".getBytes();
                    }, logs, "KSK-TEST-0001", stick, DeskFixture.CLOCK);
            f.enter(DeskFixture.STAFF_PIN);
            assertThrows(NotPermittedException.class, () -> e.export(stick, LocalDate.of(2026, 11, 22)));
            f.desk.leave();
            f.enter(DeskFixture.TECH_PIN);
            IllegalArgumentException noStick = assertThrows(IllegalArgumentException.class, () -> e.export(stick.resolve("absent"), LocalDate.of(2026, 11, 22)));
            assertTrue(noStick.getMessage().endsWith("is not a writable directory; is the USB stick in?"));
            ExportResult result = e.export(stick, LocalDate.of(2026, 11, 22));
            assertEquals(stick.resolve("konbini-KSK-TEST-0001-20261122-140000"), result.folder());
            assertEquals(List.of(result.folder().resolve("daily-report-2026-11-22.pdf"), result.folder().resolve("logs/kiosk.log")), result.files());
            assertEquals("05:00:00 INFO started\n", Files.readString(result.folder().resolve("logs/kiosk.log")));
            assertEquals(List.of(LocalDate.of(2026, 11, 22)), reported);
            assertTrue(actions(f).get(actions(f).size() - 1).startsWith("EXPORT 2 file(s)"), actions(f).toString());
        }
    }
}
