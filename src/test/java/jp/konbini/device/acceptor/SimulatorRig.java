package jp.konbini.device.acceptor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.acceptor.id003.Id003Settings;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.PtyAcceptorSimulator;
import jp.konbini.device.acceptor.sim.SimulatorSettings;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.money.Denomination;

/**
 * The real driver against the real simulator, over a pseudo-terminal (jSerialComm, the shipped
 * 9600 8E1 profile) or the in-memory line, with the in-memory ledger or any other.
 */
final class SimulatorRig implements AutoCloseable {

    static final Id003Profile PROFILE = Id003Profile.load(Path.of("drivers/jcm-id003.properties"));
    static final Id003Settings FAST_DRIVER = PROFILE.settings().withPollInterval(Duration.ofMillis(3))
            .withReconnectDelay(Duration.ofMillis(100));
    static final NoteSession SESSION = new NoteSession(1);

    final AcceptorSimulator sim;
    final NoteLedger ledger;
    final List<AcceptorEvent> events = new CopyOnWriteArrayList<>();
    final Id003Acceptor driver;
    private final PtyAcceptorSimulator pty;

    private SimulatorRig(AcceptorSimulator sim, PtyAcceptorSimulator pty, Supplier<SerialLink> connector, NoteLedger ledger,
                         Id003Settings driverSettings) {
        this.sim = sim;
        this.pty = pty;
        this.ledger = ledger;
        this.driver = new Id003Acceptor(connector, driverSettings, ledger, events::add, Id003Link.FrameTrace.NONE);
    }

    static SimulatorRig onPty(Path stableName, SimulatorSettings settings, long seed, NoteLedger ledger) {
        AcceptorSimulator sim = new AcceptorSimulator("rig", settings, new SplittableRandom(seed));
        PtyAcceptorSimulator pty = PtyAcceptorSimulator.start(sim, Optional.of(stableName));
        SimulatorRig rig = new SimulatorRig(sim, pty,
                () -> JSerialCommLink.open(SerialPortSpec.of(stableName.toString()), PROFILE.line()), ledger, FAST_DRIVER);
        rig.driver.start();
        return rig;
    }

    static SimulatorRig inMemory(SimulatorSettings settings, long seed, NoteLedger ledger) {
        return inMemory(settings, seed, ledger, FAST_DRIVER.pollInterval());
    }

    static SimulatorRig inMemory(SimulatorSettings settings, long seed, NoteLedger ledger, Duration poll) {
        AcceptorSimulator sim = new AcceptorSimulator("rig", settings, new SplittableRandom(seed));
        InMemorySerialLine line = new InMemorySerialLine();
        sim.plugIn(line.device());
        sim.start();
        SimulatorRig rig = new SimulatorRig(sim, null, line::host, ledger, FAST_DRIVER.withPollInterval(poll));
        rig.driver.start();
        return rig;
    }

    PtyAcceptorSimulator port() {
        return pty;
    }

    void enable(Set<Denomination> notes, EscrowDecider decider) {
        driver.enable(notes, SESSION, decider);
    }

    void enableAll() {
        enable(EnumSet.allOf(Denomination.class), v -> EscrowDecider.Decision.STACK);
        Id003AcceptorTest.await(() -> driver.status().state() == AcceptorState.ENABLED, "the acceptor takes notes");
    }

    /** What both sides said lately, for a failing test's message. */
    String story() {
        List<jp.konbini.device.acceptor.sim.SimEvent> simEvents = sim.events().all();
        return "\ndriver " + driver.status() + "\nlast driver events " + events.subList(Math.max(0, events.size() - 12), events.size())
                + "\nlast simulator events " + simEvents.subList(Math.max(0, simEvents.size() - 25), simEvents.size())
                + "\noutcomes " + sim.groundTruth().outcomes();
    }

    boolean faultSeen(FaultKind kind) {
        return events.stream().anyMatch(e -> e instanceof AcceptorEvent.Fault f && f.kind() == kind);
    }

    long credits() {
        return events.stream().filter(e -> e instanceof AcceptorEvent.Credited).count();
    }

    @Override
    public void close() {
        driver.close();
        if (pty != null) {
            pty.close();
        } else {
            sim.close();
        }
    }
}
