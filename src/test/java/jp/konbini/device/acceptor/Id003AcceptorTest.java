package jp.konbini.device.acceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.acceptor.id003.Id003Settings;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver against a scripted device: exact bytes, the credit rule, and every ambiguous case. */
class Id003AcceptorTest {

    private static final Id003Settings FAST = Id003Settings.defaults().withPollInterval(Duration.ofMillis(5))
            .withReconnectDelay(Duration.ofMillis(50));
    private static final Id003Frame IDLING = Id003Status.IDLING.frame();
    private static final Id003Frame DISABLED = Id003Status.DISABLED.frame();
    private static final NoteSession SESSION = new NoteSession(7);

    private final List<String> timeline = new CopyOnWriteArrayList<>();
    private final List<AcceptorEvent> events = new CopyOnWriteArrayList<>();
    private final InMemoryNoteLedger ledger = new InMemoryNoteLedger(timeline::add);
    private final InMemorySerialLine line = new InMemorySerialLine();
    private ScriptedId003Device device;
    private Id003Acceptor acceptor;

    @AfterEach
    void stop() {
        if (acceptor != null) {
            acceptor.close();
        }
        if (device != null) {
            device.close();
        }
    }

    /** Traces what the driver writes, on the driver's thread, in the same timeline as the ledger's records. */
    private final Id003Link.FrameTrace wire = new Id003Link.FrameTrace() {
        @Override
        public void sent(byte[] frame) {
            timeline.add("wire " + Id003Frame.decode(frame));
        }

        @Override
        public void received(byte[] frame) {
        }
    };

    private void start(Id003Frame... statuses) {
        device = new ScriptedId003Device(line.device(), entry -> { }, statuses);
        acceptor = new Id003Acceptor(line::host, FAST, ledger, events::add, wire);
        acceptor.start();
    }

    @Test
    void startUpResetsAfterPowerUpReadsTheTableAndStaysInhibited() {
        start(Id003Status.POWER_UP.frame(), Id003Status.INITIALIZE.frame(), Id003Status.INITIALIZE.frame(), DISABLED);
        await(() -> acceptor.status().state() == AcceptorState.INHIBITED, "inhibited after start-up");
        List<Id003Frame> sent = device.received();
        assertEquals(Id003Command.STATUS_REQUEST.frame(), sent.get(0));
        assertEquals(Id003Command.RESET.frame(), sent.get(1), "RESET right after POWER UP");
        int version = sent.indexOf(Id003Command.GET_VERSION.frame());
        int table = sent.indexOf(Id003Command.GET_CURRENCY_ASSIGN.frame());
        assertTrue(version > 1 && table > version, "version then currency table, after INITIALIZE: " + sent);
        assertTrue(sent.subList(2, version).stream().allMatch(f -> f.equals(Id003Command.STATUS_REQUEST.frame())),
                "only polls while initialising: " + sent);
        assertEquals(Optional.of("JP(JPY)-TEST ID003-05"), acceptor.status().firmware());
        assertEquals(0, device.count(Id003Command.SET_INHIBIT), "already DISABLED: nothing to send");
    }

    @Test
    void enablingSendsOnlyTheWantedNotesThenLiftsTheInhibit() {
        start(DISABLED);
        await(() -> acceptor.status().state() == AcceptorState.INHIBITED, "ready");
        acceptor.enable(EnumSet.of(Denomination.YEN_1000, Denomination.YEN_5000), SESSION, v -> EscrowDecider.Decision.STACK);
        await(() -> device.count(Id003Command.SET_INHIBIT) > 0, "inhibit lifted");
        // codes 0x61=1000, 0x62=2000, 0x63=5000, 0x64=10000; 0x65..0x68 unused: disabled bits 1, 3, 4..7
        assertEquals(Optional.of(Id003Command.SET_DENOMINATIONS.frame(0xFA, 0x00)), device.last(Id003Command.SET_DENOMINATIONS));
        assertEquals(Optional.of(Id003Command.SET_INHIBIT.frame(0)), device.last(Id003Command.SET_INHIBIT));
        device.statuses(IDLING);
        acceptor.disable();
        await(() -> Optional.of(Id003Command.SET_INHIBIT.frame(1)).equals(device.last(Id003Command.SET_INHIBIT)), "inhibited again");
    }

    @Test
    void aNoteIsRecordedBeforeStackAndCreditedOnceBeforeTheFirstAck() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x62), Id003Status.ESCROW.frame(0x62));
        await(() -> device.count(Id003Command.STACK_2) >= 1, "STACK sent");
        device.statuses(Id003Status.STACKING.frame(), Id003Status.VEND_VALID.frame(), Id003Status.VEND_VALID.frame(),
                Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> device.count(Id003Command.ACK) == 3, "every VEND VALID ACKed");
        await(() -> acceptor.status().state() == AcceptorState.ENABLED, "idle again");

        assertEquals(List.of(Yen.of(2000)), ledger.creditedNotes(), "credited exactly once");
        int stackSent = timeline.indexOf("ledger stack-sent 1");
        int stack = timeline.indexOf("wire " + Id003Command.STACK_2.frame());
        int credited = timeline.indexOf("ledger credited 1 2000");
        int firstAck = timeline.indexOf("wire " + Id003Command.ACK.frame());
        assertTrue(stackSent >= 0 && stackSent < stack, "the pending note is on record before STACK: " + timeline);
        assertTrue(credited >= 0 && credited < firstAck, "the credit is on record before the ACK: " + timeline);
        assertTrue(timeline.indexOf("ledger books 1") > firstAck, "the books follow the ACK, not hold it: " + timeline);
        assertEquals(1, timeline.stream().filter(t -> t.startsWith("ledger books")).count(), "once: " + timeline);
        assertEquals(1, events.stream().filter(e -> e instanceof AcceptorEvent.Credited).count());
        assertTrue(events.contains(new AcceptorEvent.Escrowed(Yen.of(2000))));
    }

    @Test
    void aCreditDoesNotDependOnSeeingStacked() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x61), Id003Status.STACKING.frame(), Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> ledger.creditedNotes().size() == 1, "credited at VEND VALID although STACKED never came");
    }

    @Test
    void aNoteAboveTheAmountDueIsReturnedFromEscrow() {
        start(IDLING);
        acceptor.enable(EnumSet.of(Denomination.YEN_1000), SESSION, v -> EscrowDecider.Decision.STACK);
        device.statuses(Id003Status.ESCROW.frame(0x64), Id003Status.ESCROW.frame(0x64));
        await(() -> device.count(Id003Command.RETURN) > 0, "RETURN sent");
        device.statuses(Id003Status.RETURNING.frame(), IDLING);
        await(() -> ledger.returnedCount() == 1, "recorded as returned");
        assertEquals(0, device.count(Id003Command.STACK_2));
        assertFalse(timeline.contains("ledger stack-sent 1"));
        assertTrue(events.contains(new AcceptorEvent.Returned(Yen.of(10000))));
    }

    @Test
    void theDecidersNoIsFinal() {
        start(IDLING);
        acceptor.enable(EnumSet.allOf(Denomination.class), SESSION, v -> EscrowDecider.Decision.RETURN);
        device.statuses(Id003Status.ESCROW.frame(0x61));
        await(() -> device.count(Id003Command.RETURN) > 0, "RETURN sent");
        assertEquals(0, device.count(Id003Command.STACK_2));
    }

    @Test
    void anUnknownEscrowCodeIsReturned() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x6A));
        await(() -> device.count(Id003Command.RETURN) > 0, "RETURN sent");
        assertTrue(events.stream().anyMatch(e -> e instanceof AcceptorEvent.Rejected r && r.reason().contains("0x6a")));
        assertTrue(ledger.unsettled().isEmpty(), "nothing of unknown value is recorded");
    }

    @Test
    void aStackerJamAfterStackIsReconciledNotGuessed() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x63), Id003Status.STACKING.frame(), Id003Status.JAM_IN_STACKER.frame());
        await(() -> !ledger.reconciliations().isEmpty(), "reconciliation opened");
        assertEquals(List.of("JAM_IN_STACKER_AFTER_STACK 1"), ledger.reconciliations());
        assertTrue(ledger.creditedNotes().isEmpty());
        await(() -> acceptor.status().state() == AcceptorState.OUT_OF_SERVICE, "out of service");
        device.statuses(DISABLED);
        await(() -> acceptor.status().fault().equals(Optional.of(FaultKind.RECONCILIATION_PENDING)), "until staff settle it");
        long inhibitBefore = device.count(Id003Command.SET_INHIBIT);
        enableAll();
        sleep(100);
        assertEquals(inhibitBefore, device.count(Id003Command.SET_INHIBIT), "no notes are enabled meanwhile");
        ledger.settleReconciliations();
        await(() -> device.last(Id003Command.SET_INHIBIT).equals(Optional.of(Id003Command.SET_INHIBIT.frame(0))), "back in service");
    }

    @Test
    void aCreditPointWithoutAPendingNoteIsAckedAndReconciled() {
        start(Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> device.count(Id003Command.ACK) >= 1, "ACKed, so the acceptor does not wedge");
        await(() -> !ledger.reconciliations().isEmpty(), "reconciled");
        assertEquals("CREDIT_WITHOUT_PENDING_NOTE -", ledger.reconciliations().get(0));
        assertTrue(ledger.creditedNotes().isEmpty());
    }

    @Test
    void afterAHostRestartAtTheCreditPointThePendingNoteIsCredited() {
        PendingNote note = ledger.stackSent(ledger.escrowed(SESSION, Yen.of(5000)));
        start(Id003Status.VEND_VALID.frame(), Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> ledger.creditedNotes().equals(List.of(Yen.of(5000))), "credited from the pending record");
        assertTrue(timeline.indexOf("ledger credited " + note.id() + " 5000") < timeline.indexOf("wire " + Id003Command.ACK.frame()));
    }

    @Test
    void afterARestartBetweenTheCreditAndItsAckTheRepeatIsAckedWithoutASecondCreditOrAReconciliation() {
        PendingNote note = ledger.stackSent(ledger.escrowed(SESSION, Yen.of(5000)));
        ledger.credited(note);   // the crash came after the credit was on disk, before the ACK left
        start(Id003Status.VEND_VALID.frame(), Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> device.count(Id003Command.ACK) >= 2, "every repeat ACKed");
        await(() -> acceptor.status().state() == AcceptorState.INHIBITED, "idle");
        assertEquals(List.of(Yen.of(5000)), ledger.creditedNotes());
        assertTrue(ledger.reconciliations().isEmpty(), ledger.reconciliations().toString());
        assertTrue(events.stream().noneMatch(e -> e instanceof AcceptorEvent.Credited), "the credit was reported by the earlier run");
    }

    @Test
    void afterAHostRestartWithTheNoteStillInEscrowStackIsSentAgain() {
        ledger.stackSent(ledger.escrowed(SESSION, Yen.of(1000)));
        start(Id003Status.ESCROW.frame(0x61), Id003Status.ESCROW.frame(0x61), Id003Status.STACKING.frame(),
                Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> ledger.creditedNotes().size() == 1, "credited");
        assertTrue(device.count(Id003Command.STACK_2) >= 1);
    }

    @Test
    void powerUpWithANoteInTheStackerWhileOneWasPendingIsReconciled() {
        ledger.stackSent(ledger.escrowed(SESSION, Yen.of(10000)));
        start(Id003Status.POWER_UP_BILL_IN_STACKER.frame(), Id003Status.INITIALIZE.frame(), DISABLED);
        await(() -> !ledger.reconciliations().isEmpty(), "reconciled");
        assertEquals(List.of("POWER_UP_WITH_NOTE_IN_STACKER 1"), ledger.reconciliations());
        assertTrue(ledger.creditedNotes().isEmpty(), "not guessed as credited");
    }

    @Test
    void powerUpWithANoteInTheAcceptorIsReconciledBecauseResetMayStackIt() {
        ledger.stackSent(ledger.escrowed(SESSION, Yen.of(1000)));
        start(Id003Status.POWER_UP_BILL_IN_ACCEPTOR.frame(), DISABLED);
        await(() -> !ledger.reconciliations().isEmpty(), "reconciled");
        assertEquals(List.of("POWER_UP_WITH_NOTE_IN_ACCEPTOR 1"), ledger.reconciliations());
        assertTrue(ledger.creditedNotes().isEmpty());
    }

    @Test
    void aNewEscrowEndsTheCreditedNoteEvenIfStackedAndIdlingWereNeverPolled() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x61), Id003Status.STACKING.frame(), Id003Status.VEND_VALID.frame(),
                Id003Status.ESCROW.frame(0x62), Id003Status.STACKING.frame(), Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> ledger.creditedNotes().size() == 2, "both credited: " + timeline);
        assertEquals(List.of(Yen.of(1000), Yen.of(2000)), ledger.creditedNotes());
    }

    @Test
    void whenTheLedgerCannotRecordTheStackTheNoteGoesBackAndNoStackIsSent() {
        start(IDLING);
        enableAll();
        await(() -> device.count(Id003Command.SET_DENOMINATIONS) > 0, "enabled");
        ledger.failFromNowOn();
        device.statuses(Id003Status.ESCROW.frame(0x61));
        await(() -> device.count(Id003Command.RETURN) > 0, "RETURN sent");
        assertEquals(0, device.count(Id003Command.STACK_2), "never STACK without the pending record on disk");
        await(() -> acceptor.status().fault().equals(Optional.of(FaultKind.LEDGER_UNAVAILABLE)), "out of service");
    }

    @Test
    void whenTheLedgerCannotRecordTheCreditNoAckIsSent() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x61), Id003Status.STACKING.frame());
        await(() -> device.count(Id003Command.STACK_2) >= 1, "stacked");
        ledger.failFromNowOn();
        device.statuses(Id003Status.VEND_VALID.frame());
        sleep(150);
        assertEquals(0, device.count(Id003Command.ACK), "no ACK for a credit that is not on disk");
    }

    @Test
    void whenTheBooksFailAfterTheAckTheCreditIsStillAnnouncedAndTheAcceptorStops() {
        start(IDLING);
        enableAll();
        device.statuses(Id003Status.ESCROW.frame(0x61), Id003Status.STACKING.frame());
        await(() -> device.count(Id003Command.STACK_2) >= 1, "stacked");
        ledger.failBooksFromNowOn();
        device.statuses(Id003Status.VEND_VALID.frame(), IDLING);
        await(() -> acceptor.status().fault().equals(Optional.of(FaultKind.LEDGER_UNAVAILABLE)), "out of service");
        assertTrue(device.count(Id003Command.ACK) >= 1, "the credit point was on disk, so it was ACKed");
        assertTrue(events.contains(new AcceptorEvent.Credited(Yen.of(1000))), "the customer's money is counted: " + events);
        assertTrue(events.indexOf(new AcceptorEvent.Credited(Yen.of(1000)))
                < events.indexOf(new AcceptorEvent.Fault(FaultKind.LEDGER_UNAVAILABLE, "the ledger was told to fail after the credit point")),
                "credit first, then the fault: " + events);
    }

    @Test
    void anEchoingLineIsDetectedAndNothingIsTaken() {
        line.host(); // the scripted device echoes every host byte before answering
        device = new ScriptedId003Device(line.device(), timeline::add, IDLING);
        device.echo(true);
        acceptor = new Id003Acceptor(line::host, FAST, ledger, events::add, Id003Link.FrameTrace.NONE);
        acceptor.start();
        await(() -> events.stream().anyMatch(e -> e instanceof AcceptorEvent.Fault f && f.kind() == FaultKind.ECHO_LINE), "echo detected");
        assertEquals(0, device.count(Id003Command.SET_INHIBIT), "never enabled on an echoing line");
    }

    @Test
    void aEuroUnitIsRefused() {
        line.host();
        device = new ScriptedId003Device(line.device(), timeline::add, DISABLED);
        device.table(new CurrencyTable(List.of(new CurrencyTable.Entry(0x62, 0xE0, 0x05, 0x00))));
        acceptor = new Id003Acceptor(line::host, FAST, ledger, events::add, Id003Link.FrameTrace.NONE);
        acceptor.start();
        await(() -> acceptor.status().fault().equals(Optional.of(FaultKind.WRONG_CURRENCY)), "refused");
        enableAll();
        sleep(100);
        assertEquals(0, device.count(Id003Command.SET_INHIBIT));
    }

    @Test
    void aLostLineIsReportedAndTheDriverReconnects() {
        List<InMemorySerialLine> lines = new ArrayList<>();
        List<ScriptedId003Device> devices = new CopyOnWriteArrayList<>();
        acceptor = new Id003Acceptor(() -> {
            InMemorySerialLine fresh = new InMemorySerialLine();
            lines.add(fresh);
            devices.add(new ScriptedId003Device(fresh.device(), timeline::add, Id003Status.POWER_UP.frame(), DISABLED));
            return fresh.host();
        }, FAST, ledger, events::add, Id003Link.FrameTrace.NONE);
        acceptor.start();
        await(() -> acceptor.status().state() == AcceptorState.INHIBITED, "first connection");
        lines.get(0).unplug();
        await(() -> events.stream().anyMatch(e -> e instanceof AcceptorEvent.Fault f && f.kind() == FaultKind.NO_ANSWER), "loss reported");
        await(() -> devices.size() >= 2 && acceptor.status().state() == AcceptorState.INHIBITED, "reconnected and initialised again");
        assertEquals(1, devices.get(devices.size() - 1).count(Id003Command.RESET));
        devices.forEach(ScriptedId003Device::close);
    }

    private void enableAll() {
        acceptor.enable(EnumSet.allOf(Denomination.class), SESSION, v -> EscrowDecider.Decision.STACK);
    }

    static void await(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what.get());
            }
            sleep(1);
        }
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            sleep(5);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
