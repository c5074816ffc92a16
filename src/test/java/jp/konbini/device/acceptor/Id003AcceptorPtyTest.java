package jp.konbini.device.acceptor;

import static jp.konbini.device.acceptor.Id003AcceptorTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.acceptor.id003.Id003Settings;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.PseudoTerminal;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver through jSerialComm on real pseudo-terminals, 9600 8E1 from the shipped profile. */
class Id003AcceptorPtyTest {

    @TempDir
    Path dir;

    @Test
    void aNoteIsCreditedOverAPseudoTerminalAndAnUnplugIsSurvivedByTheStableName() {
        Id003Profile profile = Id003Profile.load(Path.of("drivers/jcm-id003.properties"));
        Id003Settings fast = profile.settings().withPollInterval(Duration.ofMillis(10)).withReconnectDelay(Duration.ofMillis(100));
        Path name = dir.resolve("kiosk-acceptor");
        List<AcceptorEvent> events = new CopyOnWriteArrayList<>();
        InMemoryNoteLedger ledger = new InMemoryNoteLedger();

        PseudoTerminal first = PseudoTerminal.create();
        first.linkAs(name);
        ScriptedId003Device device = new ScriptedId003Device(first, e -> { }, Id003Status.POWER_UP.frame(), Id003Status.IDLING.frame());
        try (Id003Acceptor acceptor = new Id003Acceptor(() -> JSerialCommLink.open(SerialPortSpec.of(name.toString()), profile.line()),
                fast, ledger, events::add, Id003Link.FrameTrace.NONE)) {
            acceptor.start();
            acceptor.enable(EnumSet.allOf(Denomination.class), new NoteSession(1), v -> EscrowDecider.Decision.STACK);
            await(() -> device.count(Id003Command.SET_DENOMINATIONS) > 0, "enabled over the pty");
            device.statuses(Id003Status.ESCROW.frame(0x64), Id003Status.STACKING.frame(), Id003Status.VEND_VALID.frame(), Id003Status.IDLING.frame());
            await(() -> ledger.creditedNotes().equals(List.of(Yen.of(10000))), "credited");

            device.close();   // the cable is pulled: the pty's device end goes away
            await(() -> events.stream().anyMatch(e -> e instanceof AcceptorEvent.Fault f && f.kind() == FaultKind.NO_ANSWER), "loss seen");

            PseudoTerminal second = PseudoTerminal.create();
            second.linkAs(name);   // plugged in again: udev gives it the same name
            ScriptedId003Device again = new ScriptedId003Device(second, e -> { }, Id003Status.POWER_UP.frame(), Id003Status.IDLING.frame());
            try {
                await(() -> again.count(Id003Command.RESET) == 1 && acceptor.status().state() == AcceptorState.ENABLED,
                        "reconnected, reset and enabled again without a restart");
                again.statuses(Id003Status.ESCROW.frame(0x61), Id003Status.STACKING.frame(), Id003Status.VEND_VALID.frame(), Id003Status.IDLING.frame());
                await(() -> ledger.creditedNotes().size() == 2, "the next note is credited");
            } finally {
                again.close();
            }
        }
        assertEquals(List.of(Yen.of(10000), Yen.of(1000)), ledger.creditedNotes());
        assertTrue(ledger.reconciliations().isEmpty());
    }
}
