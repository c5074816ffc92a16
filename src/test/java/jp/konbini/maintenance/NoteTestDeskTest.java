package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.SimulatorSettings;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.domain.money.Denomination;
import jp.konbini.journal.JournalNoteLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note test through the real driver and the byte-level simulator: every note read and given back, nothing credited. */
class NoteTestDeskTest {

    private static final Id003Profile PROFILE = Id003Profile.load(Path.of("drivers/jcm-id003.properties"));

    @TempDir
    Path dir;

    @Test
    void everyNoteIsReadAndGivenBackAndNothingIsCreditedOrJournalled() throws Exception {
        try (DeskFixture f = new DeskFixture(dir);
             AcceptorSimulator sim = new AcceptorSimulator("note-test", SimulatorSettings.fast(), new SplittableRandom(7))) {
            InMemorySerialLine line = new InMemorySerialLine();
            sim.plugIn(line.device());
            sim.start();
            NoteTestDesk[] desk = new NoteTestDesk[1];
            try (Id003Acceptor driver = new Id003Acceptor(line::host, PROFILE.settings().withPollInterval(Duration.ofMillis(3)),
                    new NoteTestLedger(new JournalNoteLedger(f.journal)), event -> desk[0].on(event), Id003Link.FrameTrace.NONE)) {
                desk[0] = new NoteTestDesk(f.desk, driver, f.journal.maintenance());
                driver.start();
                await(() -> driver.status().state() == AcceptorState.INHIBITED || driver.status().state() == AcceptorState.ENABLED, "acceptor up");

                f.enter(DeskFixture.STAFF_PIN);
                assertThrows(NotPermittedException.class, desk[0]::start, "a technician's function");
                f.desk.leave();
                f.enter(DeskFixture.TECH_PIN);
                desk[0].start();
                await(() -> driver.status().state() == AcceptorState.ENABLED, "notes enabled for the test");
                for (Denomination d : List.of(Denomination.YEN_1000, Denomination.YEN_10000, Denomination.YEN_5000)) {
                    int before = sim.groundTruth().returnedNotes().size();
                    sim.insert(d);
                    await(() -> sim.groundTruth().returnedNotes().size() > before, d + " given back");
                }
                await(() -> desk[0].results().size() >= 6, "each note read and returned: " + desk[0].results());
                assertEquals(List.of("¥1,000 read", "returned ¥1,000", "¥10,000 read", "returned ¥10,000", "¥5,000 read", "returned ¥5,000"),
                        desk[0].results());
                assertEquals(0, sim.groundTruth().cashBoxCount(), "nothing in the cash box");
                assertEquals(0, sim.groundTruth().vendValidsAcked());
                assertTrue(f.journal.recoveryReport().isClean(), "nothing journalled as a note");
                f.desk.leave();
                await(() -> driver.status().state() != AcceptorState.ENABLED, "leaving stops the test");
                List<String> actions = f.journal.maintenance().auditAfter(0, 20).stream().map(e -> e.record().action()).toList();
                assertTrue(actions.contains("NOTE_TEST_STARTED"), actions.toString());
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(5);
        }
    }
}
