package jp.konbini.device.acceptor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;

/** The machine alone, on a clock the test moves: no threads, no waiting, exactly reproducible. */
class AcceptorMachineTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private AcceptorMachine machine(SimulatorSettings settings, long seed, GroundTruth truth) {
        return new AcceptorMachine(settings, new SplittableRandom(seed), now::get, new SimEvents(Clock.systemUTC()), truth);
    }

    private Id003Frame send(AcceptorMachine m, Id003Frame frame) {
        return m.onHostFrame(frame).orElseThrow();
    }

    private Id003Frame poll(AcceptorMachine m) {
        return send(m, Id003Command.STATUS_REQUEST.frame());
    }

    private void pass(Duration d) {
        now.addAndGet(d.toNanos());
    }

    /** Runs {@code notes} through with a host that stacks every escrow; returns every outcome. */
    private List<NoteOutcome> run(long seed, double rejectRate, int notes) {
        GroundTruth truth = new GroundTruth();
        AcceptorMachine m = machine(SimulatorSettings.fast().withRandomRejectRate(rejectRate).withStackerCapacity(notes + 1), seed, truth);
        send(m, Id003Command.RESET.frame());
        pass(Duration.ofSeconds(1));
        send(m, Id003Command.SET_INHIBIT.frame(0));
        for (int i = 0; i < notes; i++) {
            m.insert(Yen.of(1000));
        }
        for (int step = 0; truth.outcomes().size() < notes && step < notes * 50; step++) {
            pass(Duration.ofMillis(5));
            Id003Frame status = poll(m);
            if (status.code() == Id003Status.ESCROW.code()) {
                send(m, Id003Command.STACK_1.frame());
            } else if (status.code() == Id003Status.VEND_VALID.code()) {
                assertEquals(Optional.empty(), m.onHostFrame(Id003Command.ACK.frame()));
            }
        }
        return truth.outcomes();
    }

    @Test
    void aOnePercentRejectRateOverThreeThousandNotes() {
        List<NoteOutcome> outcomes = run(11, 0.01, 3000);
        assertEquals(3000, outcomes.size());
        long rejected = outcomes.stream().filter(o -> o.fate() == NoteFate.REJECTED).count();
        assertTrue(rejected >= 10 && rejected <= 60, "about 30 of 3,000: " + rejected);
        assertEquals(3000 - rejected, outcomes.stream().filter(o -> o.fate() == NoteFate.CASH_BOX && o.vendValidAcked()).count());
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        assertEquals(run(7, 0.2, 300), run(7, 0.2, 300));
        assertTrue(!run(7, 0.2, 300).equals(run(8, 0.2, 300)), "and another seed another run");
    }

    @Test
    void timeAloneMovesTheNoteOnAndNothingMovesVendValid() {
        GroundTruth truth = new GroundTruth();
        AcceptorMachine m = machine(SimulatorSettings.fast(), 1, truth);
        assertEquals(Id003Status.POWER_UP.frame(), poll(m));
        pass(Duration.ofHours(1));
        assertEquals(Id003Status.POWER_UP.frame(), poll(m), "POWER UP waits for RESET however long");
        send(m, Id003Command.RESET.frame());
        assertEquals(Id003Status.INITIALIZE.frame(), poll(m));
        pass(SimTimings.fast().initialize());
        assertEquals(Id003Status.DISABLED.frame(), poll(m));
        send(m, Id003Command.SET_INHIBIT.frame(0));
        m.insert(Yen.of(10000));
        m.tick();
        assertEquals(Id003Status.ACCEPTING.frame(), poll(m));
        pass(SimTimings.fast().accepting());
        assertEquals(Id003Status.ESCROW.frame(0x64), poll(m));
        send(m, Id003Command.STACK_2.frame());
        pass(SimTimings.fast().stacking());
        assertEquals(Id003Status.STACKING.frame(), poll(m), "STACK-2 reports VEND VALID later than STACK-1");
        pass(SimTimings.fast().stack2Extra());
        assertEquals(Id003Status.VEND_VALID.frame(), poll(m));
        pass(Duration.ofSeconds(59));
        assertEquals(Id003Status.VEND_VALID.frame(), poll(m), "un-ACKed: no progress");
        pass(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), m.onHostFrame(Id003Command.STATUS_REQUEST.frame()), "wedged after 60 s");
        assertEquals(List.of(), truth.cashBox());
    }
}
