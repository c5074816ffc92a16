package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.TestHost.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.device.acceptor.sim.SimFixture.Transport;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Power loss at every phase of a note (reference §6.4): the power-up status on restart (0x40, 0x41,
 * 0x42) and where the note ends up after RESET, as decision 0031 defines it.
 */
class PowerLossTest {

    private static final Duration LONG = Duration.ofSeconds(5);

    /** A moment to cut the power at: how to get there, then what the unit reports and where the note goes. */
    enum Moment {
        IDLE(SimTimings.fast(), f -> { }, Id003Status.POWER_UP, null, false, false),
        ACCEPTING(SimTimings.fast().withAccepting(LONG), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ACCEPTING);
        }, Id003Status.POWER_UP_BILL_IN_ACCEPTOR, NoteFate.RETURNED, false, false),
        ESCROW(SimTimings.fast(), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
        }, Id003Status.POWER_UP_BILL_IN_ACCEPTOR, NoteFate.RETURNED, false, false),
        HOLDING(SimTimings.fast(), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.HOLD);
        }, Id003Status.POWER_UP_BILL_IN_ACCEPTOR, NoteFate.RETURNED, false, false),
        REJECTING(SimTimings.fast().withRejecting(LONG), f -> {
            f.sim.insertCounterfeit(RejectReason.MAGNETIC_PATTERN);
            f.host.pollUntil(Id003Status.REJECTING);
        }, Id003Status.POWER_UP_BILL_IN_ACCEPTOR, NoteFate.REJECTED, false, false),
        RETURNING(SimTimings.fast().withReturning(LONG), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.RETURN);
        }, Id003Status.POWER_UP_BILL_IN_ACCEPTOR, NoteFate.RETURNED, false, false),
        JUST_AFTER_STACK_ACK(SimTimings.fast().withStacking(LONG), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            assertEquals(Id003Status.ACK.frame(), f.host.request(Id003Command.STACK_1));
        }, Id003Status.POWER_UP_BILL_IN_STACKER, NoteFate.CASH_BOX, false, false),
        STACKING(SimTimings.fast().withStacking(LONG), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_2);
            f.host.pollUntil(Id003Status.STACKING);
        }, Id003Status.POWER_UP_BILL_IN_STACKER, NoteFate.CASH_BOX, false, false),
        VEND_VALID_NOT_ACKED(SimTimings.fast(), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            f.host.pollUntil(Id003Status.VEND_VALID);
        }, Id003Status.POWER_UP_BILL_IN_STACKER, NoteFate.CASH_BOX, true, false),
        JUST_AFTER_ACK(SimTimings.fast().withStacked(LONG), f -> {
            f.sim.insert(Yen.of(1000));
            f.host.stackNextNote();
            f.host.pollUntil(Id003Status.STACKED);
        }, Id003Status.POWER_UP, NoteFate.CASH_BOX, true, true);

        final SimTimings timings;
        final Consumer<SimFixture> reach;
        final Id003Status powerUp;
        final NoteFate fate;
        final boolean vendValidReported;
        final boolean vendValidAcked;

        Moment(SimTimings timings, Consumer<SimFixture> reach, Id003Status powerUp, NoteFate fate, boolean reported, boolean acked) {
            this.timings = timings;
            this.reach = reach;
            this.powerUp = powerUp;
            this.fate = fate;
            this.vendValidReported = reported;
            this.vendValidAcked = acked;
        }
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void powerLossAt(Moment moment) throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast().withStackedSkipRate(0.0).withTimings(moment.timings))) {
            f.host.resetAndEnable();
            moment.reach.accept(f);
            f.sim.powerOff();
            assertEquals(Optional.empty(), f.host.exchange(Id003Command.STATUS_REQUEST.frame(), Duration.ofMillis(150)), "off: silent");
            assertEquals(Optional.empty(), f.host.exchange(Id003Command.RESET.frame(), Duration.ofMillis(100)), "off: silent to RESET too");
            f.sim.powerOn();
            assertEquals(moment.powerUp.frame(), f.host.poll());
            assertEquals(moment.powerUp.frame(), f.host.poll(), "until RESET");
            assertEquals(Id003Status.ACK.frame(), f.host.request(Id003Command.RESET));
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.DISABLED);
            assertTrue(seen.stream().noneMatch(s -> s.code() == Id003Status.VEND_VALID.code()), "no VEND VALID on recovery: " + names(seen));
            assertEquals(Id003Frame.of(0x83, 0x01), f.host.request(Id003Command.GET_INHIBIT), "settings lost with the power");

            List<NoteOutcome> outcomes = f.sim.groundTruth().outcomes();
            if (moment.fate == null) {
                assertEquals(List.of(), outcomes);
                return;
            }
            assertEquals(1, outcomes.size(), outcomes.toString());
            NoteOutcome outcome = outcomes.get(0);
            assertEquals(moment.fate, outcome.fate(), outcome.toString());
            assertEquals(moment.vendValidReported, outcome.vendValidReported(), outcome.toString());
            assertEquals(moment.vendValidAcked, outcome.vendValidAcked(), outcome.toString());
            assertEquals(moment.fate == NoteFate.CASH_BOX ? List.of(Yen.of(1000)) : List.of(), f.sim.cashBox());
            if (moment.fate == NoteFate.REJECTED) {
                assertEquals(Optional.of(RejectReason.MAGNETIC_PATTERN), outcome.reason());
            }
        }
    }

    @Test
    void aPowerCycleComesBackByItselfAndANoteSurvivesASecondLossBeforeReset() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(2000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.sim.powerCycle(Duration.ofMillis(200));
            Optional<Id003Frame> reply = Optional.empty();
            for (int i = 0; i < 100 && reply.isEmpty(); i++) {
                reply = f.host.exchange(Id003Command.STATUS_REQUEST.frame(), Duration.ofMillis(100));
            }
            assertEquals(Optional.of(Id003Status.POWER_UP_BILL_IN_ACCEPTOR.frame()), reply, "back on by itself");
            f.sim.powerCycle(Duration.ZERO);
            assertEquals(Id003Status.POWER_UP_BILL_IN_ACCEPTOR.frame(), f.host.poll(), "the note is still in there");
            f.host.request(Id003Command.RESET);
            f.host.pollUntil(Id003Status.DISABLED);
            assertEquals(1, f.sim.returnedNotes().size());
        }
    }

    @Test
    void aNoteInTheStackerCanBeStackedWithAVendValidOnRecovery() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast().withTimings(SimTimings.fast().withStacking(Duration.ofMillis(200))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(5000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            f.sim.powerOff();
            f.sim.powerOn(RecoveryOutcome.STACK_WITH_VEND_VALID);
            assertEquals(Id003Status.POWER_UP_BILL_IN_STACKER.frame(), f.host.poll());
            f.host.request(Id003Command.RESET);
            assertEquals(Id003Status.STACKING.frame(), f.host.poll(), "stacking the note first");
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.VEND_VALID);
            assertFalse(seen.contains(Id003Status.INITIALIZE.frame()), names(seen).toString());
            f.host.send(Id003Command.ACK.frame());
            List<Id003Frame> after = f.host.pollUntil(Id003Status.DISABLED);
            assertTrue(after.contains(Id003Status.INITIALIZE.frame()), "then INITIALIZE: " + names(after));
            assertEquals(List.of(Yen.of(5000)), f.sim.cashBox());
            assertEquals(1, f.sim.groundTruth().vendValidsAcked());
        }
    }

    @Test
    void recoveryOutcomesCanBeScriptedEitherWay() throws Exception {
        SimulatorSettings reversed = SimulatorSettings.fast().withRecovery(RecoveryOutcome.STACK, RecoveryOutcome.RETURN);
        try (SimFixture f = SimFixture.start(Transport.MEMORY, reversed)) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.sim.powerCycle(Duration.ZERO);
            assertEquals(Id003Status.POWER_UP_BILL_IN_ACCEPTOR.frame(), f.host.poll());
            f.host.request(Id003Command.RESET);
            f.host.pollUntil(Id003Status.DISABLED);
            assertEquals(List.of(Yen.of(1000)), f.sim.cashBox(), "a note in the acceptor stacked on RESET");

            f.host.request(Id003Command.SET_INHIBIT, 0);
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            f.host.pollUntil(Id003Status.VEND_VALID);
            f.sim.powerCycle(Duration.ZERO);
            assertEquals(Id003Status.POWER_UP_BILL_IN_STACKER.frame(), f.host.poll());
            f.host.request(Id003Command.RESET);
            f.host.pollUntil(Id003Status.DISABLED);
            assertEquals(1, f.sim.returnedNotes().size(), "a note in the stacker handed back on RESET");
        }
    }
}
