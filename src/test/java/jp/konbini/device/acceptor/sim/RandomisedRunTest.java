package jp.konbini.device.acceptor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import jp.konbini.device.acceptor.sim.SimFixture.Transport;
import jp.konbini.domain.money.Denomination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thousands of notes with random rejects and link faults at 1 in 200 replies: a host that follows
 * the credit rule ends with exactly the simulator's cash box, and the simulator's own books
 * (ACKed VEND VALIDs, cash box, returns, rejects) add up.
 */
class RandomisedRunTest {

    private static final SimTimings QUICK = SimTimings.fast().withInitialize(Duration.ofMillis(5)).withAccepting(Duration.ofMillis(1))
            .withStacking(Duration.ofMillis(1)).withStack2Extra(Duration.ZERO).withStacked(Duration.ofMillis(2))
            .withRejecting(Duration.ofMillis(1)).withReturning(Duration.ofMillis(1));

    @ParameterizedTest(name = "{0}: {1} notes, faults 1 in {3}, late replies {4}")
    @CsvSource({"MEMORY, 2000, 20260101, 200, false", "PTY, 300, 77, 200, false", "MEMORY, 400, 99, 10, true"})
    void creditsEqualTheCashBox(Transport transport, int notes, long seed, int faultOneIn, boolean lateReplies) throws Exception {
        SimulatorSettings settings = SimulatorSettings.fast().withTimings(QUICK).withRandomRejectRate(0.01).withStackedSkipRate(0.5)
                .withStackerCapacity(notes + 1);
        try (SimFixture f = SimFixture.start(transport, settings, seed)) {
            ReplyFault[] faultKinds = lateReplies
                    ? new ReplyFault[] {ReplyFault.CORRUPT, ReplyFault.DROP, ReplyFault.GARBAGE, ReplyFault.SPLIT, ReplyFault.JOIN, ReplyFault.TRUNCATE,
                            ReplyFault.SLOW}
                    : new ReplyFault[] {ReplyFault.CORRUPT, ReplyFault.DROP, ReplyFault.GARBAGE, ReplyFault.SPLIT, ReplyFault.JOIN, ReplyFault.TRUNCATE};
            f.sim.linkFaults().randomFaults(1.0 / faultOneIn, faultKinds);
            f.sim.linkFaults().slowDelay(Duration.ofMillis(80));
            SplittableRandom random = new SplittableRandom(seed);
            CreditingHost host = new CreditingHost(f.host, Duration.ofMillis(50), random, 0.05);
            host.startUp();
            Denomination[] kinds = Denomination.values();
            for (int i = 0; i < notes; i++) {
                f.sim.insert(kinds[random.nextInt(kinds.length)]);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!(f.sim.groundTruth().outcomes().size() == notes && host.idle()) && System.nanoTime() < deadline) {
                host.step();
            }
            GroundTruth truth = f.sim.groundTruth();
            assertEquals(notes, truth.outcomes().size(), "every note finished: " + f.sim.state().toMap());

            assertEquals(truth.cashBox(), host.credits(), "credits equal the cash box, note for note");
            assertEquals(truth.cashBoxTotal(), host.creditTotal());
            assertEquals(truth.ackedValues(), host.credits(), "and every ACKed VEND VALID was credited once");
            assertEquals(notes, truth.cashBoxCount() + truth.returnedNotes().size() + truth.rejectedNotes().size());
            assertEquals(0, host.vendValidsWithoutPending());
            assertTrue(truth.rejectedNotes().size() > 0 && truth.returnedNotes().size() > 0, "rejects and returns happened");
            int faults = f.sim.events().ofType(SimEvent.Type.REPLY_FAULT).size();
            assertTrue(faults > 0 && host.unansweredExchanges() > 0, "faults were injected: " + faults);
            System.out.printf("%s %d notes: %d in the box (%s), %d returned, %d rejected, %d reply faults, %d unanswered exchanges, %d violations%n",
                    transport, notes, truth.cashBoxCount(), truth.cashBoxTotal(), truth.returnedNotes().size(), truth.rejectedNotes().size(),
                    faults, host.unansweredExchanges(), f.sim.protocolViolations().size());
        }
    }

    @Test
    void theSameSeedGivesTheSameRejectsWithoutLinkFaults() throws Exception {
        assertEquals(rejectsWithSeed(5), rejectsWithSeed(5));
    }

    private static java.util.List<String> rejectsWithSeed(long seed) throws Exception {
        SimulatorSettings settings = SimulatorSettings.fast().withTimings(QUICK).withRandomRejectRate(0.2);
        try (SimFixture f = SimFixture.start(Transport.MEMORY, settings, seed)) {
            CreditingHost host = new CreditingHost(f.host, Duration.ofMillis(500), new SplittableRandom(seed), 0.0);
            host.startUp();
            for (int i = 0; i < 50; i++) {
                f.sim.insert(Denomination.YEN_1000);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!(f.sim.groundTruth().outcomes().size() == 50 && host.idle()) && System.nanoTime() < deadline) {
                host.step();
            }
            return f.sim.groundTruth().outcomes().stream().map(o -> o.note().id() + ":" + o.fate() + o.reason().map(r -> ":" + r).orElse(""))
                    .toList();
        }
    }
}
