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
import java.util.Optional;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.device.acceptor.sim.SimFixture.Transport;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One note at a time through the unit: escrow, stack, VEND VALID, return, hold, timeouts, inhibits, rejects, pause (reference §1.8, §6.3). */
class BillLifecycleTest {

    private static final String ACK = "FC 05 50 AA 05";
    private static final String INVALID = "FC 05 4B F8 AB";
    private static final String VEND_VALID = "FC 05 15 03 10";

    private static SimulatorSettings fast() {
        return SimulatorSettings.fast();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void escrowRepeatsOnEveryPollAndVendValidRepeatsUntilAcked(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, fast().withStackedSkipRate(0.0).withTimings(SimTimings.fast().withStacked(Duration.ofMillis(300))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(5000));
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.ESCROW);
            assertTrue(names(seen).contains("ACCEPTING") || seen.size() == 1, names(seen).toString());
            for (int i = 0; i < 3; i++) {
                assertEquals("FC 06 13 63 A2 D8", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "ESCROW 0x63 again");
            }
            assertEquals(ACK, f.host.exchangeHex(Id003Command.STACK_1.frame()));
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_1.frame()), "a second STACK: the note has left escrow");
            f.host.pollUntil(Id003Status.VEND_VALID);
            for (int i = 0; i < 5; i++) {
                assertEquals(VEND_VALID, f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "VEND VALID until ACKed");
            }
            assertEquals(List.of(), f.sim.cashBox(), "not counted before the ACK");
            f.host.send(Id003Command.ACK.frame());
            assertEquals(0, f.host.readFor(Duration.ofMillis(150)).length, "the host's ACK gets no reply");
            assertEquals("FC 05 16 98 22", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "STACKED shown (skip rate 0)");
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(List.of(Yen.of(5000)), f.sim.cashBox());
            assertEquals(1, f.sim.groundTruth().vendValidsAcked());
            NoteOutcome outcome = f.sim.groundTruth().outcomes().get(0);
            assertTrue(outcome.vendValidReported() && outcome.vendValidAcked(), outcome.toString());
            assertTrue(f.sim.protocolViolations().isEmpty(), f.sim.protocolViolations().toString());
        }
    }

    @Test
    void stackedIsNeverSeenWhenItsTimeIsZeroOrItIsSkipped() throws Exception {
        for (SimulatorSettings settings : List.of(fast().withStackedSkipRate(0.0).withTimings(SimTimings.fast().withStacked(Duration.ZERO)),
                fast().withStackedSkipRate(1.0).withTimings(SimTimings.fast().withStacked(Duration.ofSeconds(5))))) {
            try (SimFixture f = SimFixture.start(Transport.MEMORY, settings)) {
                f.host.resetAndEnable();
                f.sim.insert(Yen.of(1000));
                f.host.stackNextNote();
                assertEquals(Id003Status.IDLING.frame(), f.host.poll(), "straight from VEND VALID + ACK to IDLING (reference J2)");
                assertEquals(List.of(Yen.of(1000)), f.sim.cashBox());
                assertEquals(1, f.sim.events().ofType(SimEvent.Type.STACKED_SKIPPED).size());
            }
        }
    }

    @Test
    void stackedIsSometimesShownAtTheConfiguredRate() throws Exception {
        SimulatorSettings half = fast().withStackedSkipRate(0.5).withTimings(SimTimings.fast().withStacked(Duration.ofMillis(50)));
        try (SimFixture f = SimFixture.start(Transport.MEMORY, half, 3)) {
            f.host.resetAndEnable();
            for (int i = 0; i < 30; i++) {
                f.sim.insert(Yen.of(1000));
                f.host.stackNextNote();
                f.host.pollUntil(Id003Status.IDLING);
            }
            int shown = f.sim.events().ofType(SimEvent.Type.STACKED).size();
            int skipped = f.sim.events().ofType(SimEvent.Type.STACKED_SKIPPED).size();
            assertEquals(30, shown + skipped);
            assertTrue(shown >= 5 && skipped >= 5, "both happen: shown " + shown + ", skipped " + skipped);
            assertEquals(30, f.sim.cashBox().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void returnGivesTheNoteBack(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, fast().withTimings(SimTimings.fast().withReturning(Duration.ofMillis(200))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(10000));
            assertEquals(Id003Status.ESCROW.frame(0x64), last(f.host.pollUntil(Id003Status.ESCROW)));
            assertEquals(ACK, f.host.exchangeHex(Id003Command.RETURN.frame()));
            assertEquals("FC 05 18 " + crc(0x18), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "RETURNING");
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.RETURN.frame()), "RETURN with no note in escrow (captured 0x4B)");
            assertEquals(List.of(), f.sim.cashBox());
            assertEquals(1, f.sim.returnedNotes().size());
            assertEquals(Optional.of(Yen.of(10000)), f.sim.returnedNotes().get(0).note().value());
        }
    }

    @Test
    void holdKeepsTheNoteUntilStack2() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(2000));
            f.host.pollUntil(Id003Status.ESCROW);
            assertEquals(ACK, f.host.exchangeHex(Id003Command.HOLD.frame()));
            for (int i = 0; i < 3; i++) {
                assertEquals(Id003Status.HOLDING.frame(), f.host.poll());
            }
            assertEquals(ACK, f.host.exchangeHex(Id003Command.HOLD.frame()), "HOLD again extends the hold");
            assertEquals(ACK, f.host.exchangeHex(Id003Command.STACK_2.frame()));
            f.host.pollUntil(Id003Status.VEND_VALID);
            f.host.send(Id003Command.ACK.frame());
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(List.of(Yen.of(2000)), f.sim.cashBox());
        }
    }

    @Test
    void aHoldExpiresWithReject0x79() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast().withTimings(SimTimings.fast().withHoldTimeout(Duration.ofMillis(300))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.HOLD);
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.IDLING);
            assertTrue(seen.contains(Id003Status.REJECTING.frame(0x79)), names(seen).toString());
            assertEquals(RejectReason.INHIBITED, f.sim.rejectedNotes().get(0).reason().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void noDecisionInEscrowRejectsWith0x79(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, fast().withTimings(SimTimings.fast().withEscrowTimeout(Duration.ofMillis(300))
                .withRejecting(Duration.ofMillis(200))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.REJECTING);
            assertEquals("FC 06 17 79 19 00", HEX.formatHex(last(seen).encode()));
            assertTrue(names(seen).contains("ESCROW(61)"), names(seen).toString());
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_1.frame()), "too late to stack");
            assertEquals(List.of(), f.sim.cashBox());
            assertEquals(1, f.sim.rejectedNotes().size());
            assertEquals(1, f.sim.events().ofType(SimEvent.Type.ESCROW_TIMEOUT).size());
        }
    }

    @Test
    void aHostThatStopsPollingGetsTheNoteReturned() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast().withTimings(SimTimings.fast().withPollWatchdog(Duration.ofMillis(400))))) {
            f.host.resetAndEnable();
            long mark = f.sim.events().lastSeq();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            assertTrue(f.sim.events().await(mark, SimEvent.Type.NOTE_REJECTED, Duration.ofSeconds(10)).isPresent(), "host silent: note given back");
            assertEquals(1, f.sim.events().ofType(SimEvent.Type.WATCHDOG).size());
            assertEquals(Id003Status.IDLING.frame(), f.host.poll());
            assertEquals(List.of(), f.sim.cashBox());
        }
    }

    @Test
    void aDisabledDenominationIsRejectedWith0x79AndOthersPass() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast())) {
            f.host.resetAndEnable();
            assertEquals(Id003Command.SET_DENOMINATIONS.frame(0x02, 0x00), f.host.request(Id003Command.SET_DENOMINATIONS, 0x02, 0x00),
                    "bit 1 of byte 1 = code 0x62 (¥2,000) disabled");
            f.sim.insert(Yen.of(2000));
            f.sim.insert(Yen.of(1000));
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.ESCROW);
            assertTrue(seen.contains(Id003Status.REJECTING.frame(0x79)), names(seen).toString());
            assertEquals(Id003Status.ESCROW.frame(0x61), last(seen));
            assertEquals(Optional.of(Yen.of(2000)), f.sim.rejectedNotes().get(0).note().value());
        }
    }

    @Test
    void anInhibitedUnitLeavesNotesInTheCustomersHandAndInhibitDuringAcceptingRejects() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast().withTimings(SimTimings.fast().withAccepting(Duration.ofMillis(400))))) {
            f.host.request(Id003Command.RESET);
            f.host.pollUntil(Id003Status.DISABLED);
            f.sim.insert(Yen.of(1000));
            for (int i = 0; i < 10; i++) {
                assertEquals(Id003Status.DISABLED.frame(), f.host.poll(), "C3 = 1: the note is not drawn in");
                TestHost.sleep(10);
            }
            assertEquals(1, f.sim.state().queued());
            f.host.request(Id003Command.SET_INHIBIT, 0);
            f.host.pollUntil(Id003Status.ACCEPTING);
            f.host.request(Id003Command.SET_INHIBIT, 1);
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.DISABLED);
            assertTrue(seen.contains(Id003Status.REJECTING.frame(0x79)), "inhibited while validating: " + names(seen));
            assertEquals(1, f.sim.rejectedNotes().size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = RejectReason.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyRejectReasonCanBeInjected(RejectReason reason) throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast())) {
            f.host.resetAndEnable();
            f.sim.insertCounterfeit(reason);
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.REJECTING);
            assertEquals(Id003Status.REJECTING.frame(reason.code()), last(seen));
            assertFalse(names(seen).stream().anyMatch(n -> n.startsWith("ESCROW")), "no escrow for a rejected note");
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(Optional.of(reason), f.sim.rejectedNotes().get(0).reason());
        }
    }

    @Test
    void aRandomRejectRateOfOneRejectsEveryGenuineNoteWithAPhysicalReason() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast().withRandomRejectRate(1.0))) {
            f.host.resetAndEnable();
            for (int i = 0; i < 5; i++) {
                f.sim.insert(Yen.of(1000));
                Id003Frame rejecting = last(f.host.pollUntil(Id003Status.REJECTING));
                assertFalse(List.of(0x79, 0x7A).contains(rejecting.dataByte(0)), "a validation reason: " + rejecting);
                f.host.pollUntil(Id003Status.IDLING);
            }
            assertEquals(5, f.sim.rejectedNotes().size());
        }
    }

    @Test
    void aSecondNotePausesTheUnitUntilRemoved() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.sim.secondNote();
            assertEquals("FC 05 47 " + crc(0x47), f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "PAUSE");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_1.frame()), "no decision while paused");
            assertEquals(Id003Status.PAUSE.frame(), f.host.poll());
            f.sim.removeSecondNote();
            assertEquals(Id003Status.ESCROW.frame(0x61), f.host.poll(), "back to the previous state");
            assertEquals(Id003Status.ACK.frame(), f.host.request(Id003Command.STACK_1));
            f.host.pollUntil(Id003Status.VEND_VALID);
            f.host.send(Id003Command.ACK.frame());
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(List.of(Yen.of(1000)), f.sim.cashBox());
            assertThrows(IllegalStateException.class, f.sim::secondNote, "nothing to pause while idle");
        }
    }

    @Test
    void anUnAckedVendValidNeverProgressesAndOptionallyWedgesUntilReset() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast().withTimings(SimTimings.fast().withVendValidWedge(Duration.ofMillis(600))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.host.request(Id003Command.STACK_1);
            f.host.pollUntil(Id003Status.VEND_VALID);
            long mark = f.sim.events().lastSeq();
            while (f.sim.events().since(mark).stream().noneMatch(e -> e.type() == SimEvent.Type.WEDGED)) {
                Optional<Id003Frame> reply = f.host.exchange(Id003Command.STATUS_REQUEST.frame(), Duration.ofSeconds(1));
                if (reply.isPresent()) {
                    assertEquals(Id003Status.VEND_VALID.frame(), reply.get(), "no progress without ACK");
                }
                TestHost.sleep(20);
            }
            assertEquals(Optional.empty(), f.host.exchange(Id003Command.STATUS_REQUEST.frame(), Duration.ofMillis(200)), "wedged: silent");
            assertEquals(Optional.empty(), f.host.exchange(Id003Command.ACK.frame(), Duration.ofMillis(100)));
            assertEquals(List.of(), f.sim.cashBox(), "an ACK while wedged is ignored");
            assertEquals(ACK, f.host.exchangeHex(Id003Command.RESET.frame()), "only RESET recovers (reference §1.8)");
            f.host.pollUntil(f2 -> f2.code() != Id003Status.INITIALIZE.code(), TestHost.STATE_TIMEOUT);
            NoteOutcome outcome = f.sim.groundTruth().outcomes().get(0);
            assertEquals(NoteFate.CASH_BOX, outcome.fate());
            assertTrue(outcome.vendValidReported() && !outcome.vendValidAcked(), "in the box, never ACKed: " + outcome);
            assertEquals(0, f.sim.groundTruth().vendValidsAcked());
        }
    }

    @Test
    void notesQueueInTheCustomersHandAndAnUnknownCodeIsStillReported() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, fast())) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.sim.insertEscrowCode(0x6A);
            f.sim.insert(Yen.of(10000));
            assertEquals(0x61, f.host.stackNextNote());
            assertEquals(Id003Status.ESCROW.frame(0x6A), last(f.host.pollUntil(Id003Status.ESCROW)));
            f.host.request(Id003Command.RETURN);
            assertEquals(0x64, f.host.stackNextNote());
            f.host.pollUntil(Id003Status.IDLING);
            assertEquals(List.of(Yen.of(1000), Yen.of(10000)), f.sim.cashBox());
            assertEquals(Yen.of(11000), f.sim.cashBoxTotal());
            assertEquals(0x6A, f.sim.returnedNotes().get(0).note().escrowCode());
            assertThrows(IllegalArgumentException.class, () -> f.sim.insert(Yen.of(500)), "no ¥500 note in the table");
        }
    }

    /** The two CRC bytes of a 5-byte status frame. */
    static String crc(int code) {
        String hex = HEX.formatHex(Id003Frame.of(code, new byte[0]).encode());
        return hex.substring(hex.length() - 5);
    }
}
