package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.TestHost.HEX;
import static jp.konbini.device.acceptor.sim.TestHost.last;
import static jp.konbini.device.acceptor.sim.TestHost.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.sim.SimFixture.Transport;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Jams, the cash box removed or full, cheats, failures and communication errors (reference §6.4), and where the note ends up. */
class FaultStatesTest {

    private static final String INVALID = "FC 05 4B F8 AB";
    private static final Duration SLOW_STEP = Duration.ofMillis(600);

    private static SimulatorSettings slowStacking() {
        return SimulatorSettings.fast().withTimings(SimTimings.fast().withStacking(SLOW_STEP));
    }

    private static Id003Frame afterInitialize(TestHost host) {
        return last(host.pollUntil(f -> f.code() != Id003Status.INITIALIZE.code(), TestHost.STATE_TIMEOUT));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aJamWhileAcceptingHoldsUntilClearedAndTheNoteGoesBack(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            assertFalse(f.sim.jamInAcceptor(), "idle: armed for the next note");
            f.sim.insert(Yen.of(1000));
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.JAM_IN_ACCEPTOR);
            assertFalse(names(seen).stream().anyMatch(n -> n.startsWith("ESCROW")), names(seen).toString());
            assertEquals("FC 05 45 " + BillLifecycleTest.crc(0x45), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
            f.host.request(Id003Command.RESET);
            assertEquals(Id003Status.JAM_IN_ACCEPTOR.frame(), afterInitialize(f.host), "RESET does not clear a physical jam");
            f.sim.clearJam();
            assertEquals(Id003Status.IDLING.frame(), afterInitialize(f.host), "INITIALIZE, then the stored inhibit state");
            assertEquals(NoteFate.RETURNED, f.sim.groundTruth().outcomes().get(0).fate());
            assertEquals(List.of(), f.sim.cashBox());
        }
    }

    @Test
    void aJamInEscrowOrWhileReturning() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast().withTimings(SimTimings.fast().withReturning(SLOW_STEP)))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            assertTrue(f.sim.jamInAcceptor(), "jammed now");
            assertEquals(Id003Status.JAM_IN_ACCEPTOR.frame(), f.host.poll());
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_1.frame()), "no stacking a jammed note");
            assertThrows(IllegalStateException.class, f.sim::jamInAcceptor);
            f.sim.clearJam();
            afterInitialize(f.host);

            f.sim.insert(Yen.of(2000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.RETURN);
            assertEquals(Id003Status.RETURNING.frame(), f.host.poll());
            assertTrue(f.sim.jamInAcceptor());
            assertEquals(Id003Status.JAM_IN_ACCEPTOR.frame(), f.host.poll());
            f.sim.clearJam();
            afterInitialize(f.host);
            assertEquals(2, f.sim.returnedNotes().size());
            assertEquals(List.of(), f.sim.cashBox());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aStackerJamBeforeVendValidNeverReportsVendValidAndTheNoteEndsInTheBox(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, slowStacking())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(5000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            assertEquals(Id003Status.STACKING.frame(), f.host.poll());
            assertTrue(f.sim.jamInStacker(false));
            assertEquals("FC 05 46 " + BillLifecycleTest.crc(0x46), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
            TestHost.sleep(SLOW_STEP.toMillis() + 100);
            assertEquals(Id003Status.JAM_IN_STACKER.frame(), f.host.poll(), "frozen: no VEND VALID");
            f.sim.clearJam();
            assertEquals(Id003Status.IDLING.frame(), afterInitialize(f.host));
            NoteOutcome outcome = f.sim.groundTruth().outcomes().get(0);
            assertEquals(NoteFate.CASH_BOX, outcome.fate());
            assertFalse(outcome.vendValidReported(), "the ambiguous case: money in the box, never reported");
            assertEquals(List.of(outcome), f.sim.groundTruth().stackedWithoutAckedVendValid());
        }
    }

    @Test
    void anArmedStackerJamHitsTheNextStackedNote() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            assertFalse(f.sim.jamInStacker(false));
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.JAM_IN_STACKER);
            assertFalse(seen.contains(Id003Status.VEND_VALID.frame()), names(seen).toString());
            f.sim.clearJam(NoteFate.RETURNED);
            afterInitialize(f.host);
            assertEquals(NoteFate.RETURNED, f.sim.groundTruth().outcomes().get(0).fate(), "staff handed it back");
        }
    }

    @Test
    void aStackerJamAfterVendValidComesOnceTheHostAcked() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, slowStacking())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(10000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            assertFalse(f.sim.jamInStacker(true), "armed for the note being stacked");
            f.host.pollUntil(Id003Status.VEND_VALID);
            assertEquals(Id003Status.VEND_VALID.frame(), f.host.poll(), "VEND VALID still repeats");
            f.host.send(Id003Command.ACK.frame());
            assertEquals(Id003Status.JAM_IN_STACKER.frame(), f.host.poll());
            assertEquals(1, f.sim.groundTruth().vendValidsAcked(), "credited");
            assertEquals(List.of(), f.sim.cashBox(), "but stuck in the path");
            f.sim.clearJam();
            assertEquals(Id003Status.IDLING.frame(), afterInitialize(f.host));
            assertEquals(List.of(Yen.of(10000)), f.sim.cashBox());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theCashBoxRemovedAndPutBack(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.openStacker();
            assertEquals("FC 05 44 0F 53", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "STACKER OPEN (same bytes as HOLD)");
            f.sim.insert(Yen.of(1000));
            TestHost.sleep(100);
            assertEquals(Id003Status.STACKER_OPEN.frame(), f.host.poll(), "no notes while the box is out");
            f.sim.closeStacker();
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.ESCROW);
            assertEquals(Id003Status.INITIALIZE.frame(), seen.get(0), "re-inserted: INITIALIZE first, " + names(seen));
        }
    }

    @Test
    void theUnitCanComeBackInhibitedAfterReinsertion() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast().withDisabledAfterReinsertion(true))) {
            f.host.resetAndEnable();
            f.sim.openStacker();
            f.host.pollUntil(Id003Status.STACKER_OPEN);
            f.sim.closeStacker();
            assertEquals(Id003Status.DISABLED.frame(), afterInitialize(f.host));
            assertEquals(Id003Frame.of(0x83, 0x01), f.host.request(Id003Command.GET_INHIBIT));
        }
    }

    @Test
    void theCashBoxRemovedBetweenStackAndVendValid() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, slowStacking())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            f.sim.openStacker();
            TestHost.sleep(SLOW_STEP.toMillis() + 100);
            assertEquals(Id003Status.STACKER_OPEN.frame(), f.host.poll());
            f.sim.closeStacker();
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.IDLING);
            assertFalse(seen.contains(Id003Status.VEND_VALID.frame()), names(seen).toString());
            NoteOutcome outcome = f.sim.groundTruth().outcomes().get(0);
            assertEquals(NoteFate.CASH_BOX, outcome.fate());
            assertFalse(outcome.vendValidReported());
        }
    }

    @Test
    void theCashBoxRemovedWithANoteInEscrowGivesItBack() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.sim.openStacker();
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_1.frame()));
            f.sim.closeStacker();
            afterInitialize(f.host);
            assertEquals(NoteFate.RETURNED, f.sim.groundTruth().outcomes().get(0).fate());
        }
    }

    @Test
    void stackerFullAfterNNotesUntilEmptied() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast().withStackerCapacity(2))) {
            f.host.resetAndEnable();
            for (int i = 0; i < 3; i++) {
                f.sim.insert(Yen.of(1000));
            }
            f.host.stackNextNote();
            f.host.stackNextNote();
            assertEquals("FC 05 43 B0 27", HEX.formatHex(last(f.host.pollUntil(Id003Status.STACKER_FULL)).encode()),
                    "STACKER FULL (same bytes as RETURN)");
            TestHost.sleep(100);
            assertEquals(Id003Status.STACKER_FULL.frame(), f.host.poll());
            assertEquals(1, f.sim.state().queued(), "the third note stays with the customer");
            f.host.request(Id003Command.RESET);
            assertEquals(Id003Status.STACKER_FULL.frame(), afterInitialize(f.host), "RESET does not empty the box");
            assertEquals(2, f.sim.emptyStacker());
            assertEquals(List.of(Yen.of(1000), Yen.of(1000)), f.sim.groundTruth().collected());
            f.host.stackNextNote();
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(List.of(Yen.of(1000)), f.sim.cashBox());
            assertEquals(3, f.sim.groundTruth().everStacked().size());
        }
    }

    @Test
    void cheatedUntilReset() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.cheat();
            assertEquals("FC 05 48 " + BillLifecycleTest.crc(0x48), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
            assertEquals(Id003Status.CHEATED.frame(), f.host.poll());
            f.host.request(Id003Command.RESET);
            assertEquals(Id003Status.IDLING.frame(), afterInitialize(f.host));
        }
    }

    @ParameterizedTest
    @EnumSource(value = FailureCode.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyFailureCodeHoldsThroughResetUntilRepaired(FailureCode code) throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.failure(code);
            Id003Frame expected = Id003Status.FAILURE.frame(code.code());
            assertEquals(HEX.formatHex(expected.encode()), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
            f.host.request(Id003Command.RESET);
            assertEquals(expected, afterInitialize(f.host));
            f.sim.clearFault();
            assertEquals(Id003Status.IDLING.frame(), afterInitialize(f.host));
        }
    }

    @Test
    void failureA2IsTheReferenceFrame() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.failure(FailureCode.STACK_MOTOR);
            assertEquals("FC 06 49 A2 A0 21", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
        }
    }

    @Test
    void aFailureDuringStackingPutsTheNoteInTheBoxWhenRepaired() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, slowStacking())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            f.sim.failure(FailureCode.STACK_MOTOR);
            f.host.request(Id003Command.RESET);
            afterInitialize(f.host);
            assertEquals(List.of(), f.sim.groundTruth().outcomes(), "still frozen in the path");
            f.sim.clearFault();
            afterInitialize(f.host);
            assertEquals(List.of(Yen.of(1000)), f.sim.cashBox());
        }
    }

    @Test
    void aCommunicationErrorAnswersTheNextPoll() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            f.sim.communicationError();
            assertEquals("FC 05 4A " + BillLifecycleTest.crc(0x4A), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
            assertEquals(Id003Status.IDLING.frame(), f.host.poll());
        }
    }
}
