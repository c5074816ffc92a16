package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import jp.konbini.central.apply.BatchApplier;
import jp.konbini.central.apply.StoredTopUp;
import jp.konbini.central.carrier.LineAccount;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.domain.line.LineId;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.SyncStatus;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.wire.Outcome;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Deterministic simulation of the uploader and the server's apply, in virtual time: two kiosks
 * close records while their networks lose, delay, duplicate and garble messages, the server dies
 * mid-transaction and the kiosks die mid-request. After every step, a record the kiosk holds as
 * synced is on the server with that outcome; at the end, once the network heals, the server holds
 * every record exactly once and each line was credited once per applied purchase.
 *
 * <p>{@code -Dkonbini.sim.seeds=N} runs more seeds; a failure names its seed, and
 * {@code -Dkonbini.sim.seed=S} replays just that one.
 */
class SyncSimulationTest {

    private static final int SEEDS = Integer.getInteger("konbini.sim.seeds", 2000);
    private static final Long ONLY = Long.getLong("konbini.sim.seed");
    private static final List<LineId> LINES = List.of(LineId.parse("09012345678"), LineId.parse("08011112222"), LineId.parse("07033334444"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyRecordLandsExactlyOnceWhateverTheNetworkDoes() {
        ch.qos.logback.classic.Logger logs = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("jp.konbini");
        Level before = logs.getLevel();
        logs.setLevel(Level.OFF); // thousands of seeds of expected failures would bury the report
        try {
            if (ONLY != null) {
                runSeed(ONLY);
                return;
            }
            for (long seed = 1; seed <= SEEDS; seed++) {
                runSeed(seed);
            }
        } finally {
            logs.setLevel(before);
        }
    }

    private void runSeed(long seed) {
        try {
            simulate(seed);
        } catch (AssertionError | RuntimeException e) {
            fail("seed " + seed + " failed (replay: mvn test -Dtest=SyncSimulationTest -Dkonbini.sim.seed=" + seed + "): " + e, e);
        }
    }

    /** One kiosk in the simulation: its durable outbox, its (crashable) uploader state, its network. */
    private static final class SimKiosk {
        final String id;
        final SimOutbox outbox;
        final SimNetwork network;
        final Random random;
        UploadRound round;

        SimKiosk(String id, SimOutbox outbox, SimNetwork network, Random random) {
            this.id = id;
            this.outbox = outbox;
            this.network = network;
            this.random = random;
            restart();
        }

        /** The process restarts: everything in memory (back-off, connectivity) is gone; the outbox stays. */
        void restart() {
            int batch = 1 + random.nextInt(8);
            int batchesPerRound = 1 + random.nextInt(4);
            round = new UploadRound(outbox, network, batch, batchesPerRound, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5),
                    new SplittableRandom(random.nextLong())), new Connectivity(), CLOCK);
        }

        void step() {
            try {
                network.virtualMillis += round.run().delay().toMillis();
            } catch (SimNetwork.KioskCrash e) {
                restart();
            }
        }
    }

    private void simulate(long seed) {
        Random random = new Random(seed);
        SimLedgerStore store = new SimLedgerStore();
        for (LineId line : LINES.subList(0, 2)) {
            store.openLine(line.kind().name(), line.digits()); // the third line is unknown: its purchases are refused
        }
        BatchApplier server = new BatchApplier(store, new SimulatedCarrier(false), CLOCK);
        List<SimKiosk> kiosks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = "KSK-SIM-000" + i;
            store.register(id);
            kiosks.add(new SimKiosk(id, new SimOutbox(new Random(random.nextLong())), new SimNetwork(id, server, store, new Random(random.nextLong())),
                    new Random(random.nextLong())));
        }
        int steps = 50 + random.nextInt(150);
        for (int step = 0; step < steps; step++) {
            SimKiosk k = kiosks.get(random.nextInt(kiosks.size()));
            if (random.nextInt(10) < 4) {
                k.outbox.close(LINES);
            }
            if (random.nextInt(100) < 3) {
                k.restart();
            }
            k.step();
            for (SimKiosk each : kiosks) {
                assertSyncedOnlyWhatTheServerHolds(each, store);
            }
        }
        for (SimKiosk k : kiosks) {
            k.network.healthy = true;
            k.restart();
            for (int i = 0; i < 10_000 && k.outbox.exposure().pendingRecords() > 0; i++) {
                k.step();
            }
            assertEquals(0, k.outbox.exposure().pendingRecords(), k.id + " did not drain once the network healed");
        }
        assertEverythingExactlyOnce(kiosks, store);
    }

    private static void assertSyncedOnlyWhatTheServerHolds(SimKiosk k, SimLedgerStore store) {
        for (TopUpRecord t : k.outbox.all()) {
            SyncStatus s = k.outbox.syncStatus(t.seq()).orElseThrow();
            if (s.state() == SyncState.PENDING) {
                continue;
            }
            StoredTopUp stored = store.state().byUuid.get(t.uuid());
            if (stored == null) {
                fail(k.id + " seq " + t.seq() + " is " + s.state() + " on the kiosk but the server does not hold it");
            }
            assertEquals(stored.outcome().name(), s.outcome().orElseThrow().name(), k.id + " seq " + t.seq());
        }
    }

    private static void assertEverythingExactlyOnce(List<SimKiosk> kiosks, SimLedgerStore store) {
        SimLedgerStore.State server = store.state();
        assertEquals(List.of(), server.alerts, "no conflicts, no gaps");
        long records = 0;
        BigDecimal[] creditedMb = new BigDecimal[LINES.size()];
        java.util.Arrays.fill(creditedMb, BigDecimal.ZERO);
        for (SimKiosk k : kiosks) {
            List<TopUpRecord> all = k.outbox.all();
            records += all.size();
            assertEquals(all.size(), server.kiosks.get(k.id).highestContiguous(), k.id + ": contiguous up to the last record");
            for (TopUpRecord t : all) {
                StoredTopUp stored = server.byUuid.get(t.uuid());
                String what = k.id + " seq " + t.seq();
                assertEquals(t.seq(), stored.record().seq(), what);
                assertEquals(t.uuid(), server.bySeq.get(k.id + "#" + t.seq()), what);
                SyncStatus s = k.outbox.syncStatus(t.seq()).orElseThrow();
                assertEquals(SyncState.SYNCED, s.state(), what);
                assertEquals(stored.outcome().name(), s.outcome().orElseThrow().name(), what);
                if (stored.outcome() == Outcome.APPLIED) {
                    int line = LINES.indexOf(t.line());
                    creditedMb[line] = creditedMb[line].add(new BigDecimal("1536"));
                }
                if (stored.outcome() == Outcome.REFUSED) {
                    assertEquals(true, server.refundClaims.contains(t.uuid()), what + " refused without a refund claim");
                }
            }
        }
        assertEquals(records, server.byUuid.size(), "nothing on the server that no kiosk journalled");
        for (int i = 0; i < LINES.size(); i++) {
            LineAccount account = server.lines.get(LINES.get(i).kind() + ":" + LINES.get(i).digits());
            long mb = account == null ? 0 : account.dataMb();
            assertEquals(creditedMb[i].longValueExact(), mb, "line " + LINES.get(i).masked() + " credited once per applied purchase");
        }
    }
}
