package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.konbini.ChildOutput;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.CashCollectionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cash collection killed with SIGKILL halfway (started, not recorded) is resumed with the same
 * figures after the restart; one killed right after its record is never counted again.
 */
class CollectionKillTest {

    @TempDir
    Path dir;

    private String[] killChild(String mode, String waitFor) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-child.xml",
                CollectionCrashChild.class.getName(), dir.toString(), mode).redirectErrorStream(false).start();
        ChildOutput out = ChildOutput.follow(child, waitFor);
        assertTrue(out.awaitReady(60), "child never said " + waitFor + ": " + out.soFar());
        child.destroyForcibly();   // SIGKILL: no shutdown hooks, the journal is not closed
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        return out.lines(5).stream().filter(l -> l.startsWith("STARTED")).findFirst().orElseThrow().split(" ");
    }

    @Test
    void aCollectionKilledHalfwayIsResumedAndOneKilledAfterItsRecordIsNotDoubled() throws Exception {
        String[] started = killChild("start", "STARTED");
        long no = Long.parseLong(started[1]);
        try (DeskFixture f = new DeskFixture(dir)) {
            f.enter(DeskFixture.STAFF_PIN);
            CashCollectionRecord open = f.collections.inProgress().orElseThrow(() -> new AssertionError("the collection was lost"));
            assertEquals(no, open.no());
            assertEquals(Yen.of(Long.parseLong(started[2])), open.journalTotal(), "the same frozen figures");
            f.collections.record(no, Map.of(Denomination.YEN_1000, 1, Denomination.YEN_2000, 0, Denomination.YEN_5000, 1, Denomination.YEN_10000, 0));
            assertTrue(f.collections.cashBox().values().stream().allMatch(n -> n == 0));
        }

        String[] second = killChild("record", "RECORDED");
        long secondNo = Long.parseLong(second[1]);
        assertEquals(no + 1, secondNo);
        try (DeskFixture f = new DeskFixture(dir)) {
            f.enter(DeskFixture.STAFF_PIN);
            assertTrue(f.collections.inProgress().isEmpty(), "the recorded collection is not resumed");
            assertEquals(List.of(CashCollectionRecord.State.RECORDED, CashCollectionRecord.State.RECORDED),
                    f.journal.maintenance().collections(DeskFixture.CLOCK.instant(), DeskFixture.CLOCK.instant().plusSeconds(1))
                            .stream().map(CashCollectionRecord::state).toList());
            assertTrue(f.collections.cashBox().values().stream().allMatch(n -> n == 0), "nothing counted twice");
            assertEquals(Yen.ZERO, f.collections.start().journalTotal(), "the next collection starts from nothing");
        }
    }
}
