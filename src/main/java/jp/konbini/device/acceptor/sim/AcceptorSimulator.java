package jp.konbini.device.acceptor.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * A simulated JCM ID-003 bank-note acceptor on a {@link SerialLink} (the device end of a
 * pseudo-terminal, or of the in-memory line), running on its own thread, with a control API for
 * tests, the demo's control window and the {@code sim acceptor} command.
 *
 * <p>It starts as a unit just switched on: POWER UP (0x40) until the host sends RESET. The
 * control methods are safe to call from any thread; they act at once, and the host sees the
 * effect at its next poll. Methods that make no sense in the unit's current state throw
 * {@link IllegalStateException} with the reason.
 *
 * <pre>{@code
 * try (AcceptorSimulator sim = new AcceptorSimulator("bench", SimulatorSettings.fast(), new SplittableRandom(7))) {
 *     sim.plugIn(line.device());
 *     sim.start();
 *     sim.insert(Yen.of(1000));
 *     ... the host resets, enables, stacks and ACKs ...
 *     assertEquals(List.of(Yen.of(1000)), sim.cashBox());
 * }
 * }</pre>
 */
public final class AcceptorSimulator implements AutoCloseable {

    private final String name;
    private final SimulatorSettings settings;
    private final SimEvents events = new SimEvents(Clock.systemUTC());
    private final GroundTruth truth = new GroundTruth();
    private final LinkFaults faults = new LinkFaults();
    private final AcceptorMachine machine;
    private final SimulatorLoop loop;
    private final Thread thread;
    private SerialLink attached;

    /**
     * @param name     names the thread ({@code id003-sim-NAME}) and the logs
     * @param random   every random choice (rejects, STACKED skipped, link faults) comes from here: seed it to reproduce a run
     */
    public AcceptorSimulator(String name, SimulatorSettings settings, RandomGenerator random) {
        this.name = name;
        this.settings = settings;
        RandomGenerator linkRandom = new SplittableRandom(random.nextLong());
        this.machine = new AcceptorMachine(settings, random, System::nanoTime, events, truth);
        this.loop = new SimulatorLoop(machine, faults, events, settings.timings(), linkRandom, System::nanoTime);
        this.thread = new Thread(loop, "id003-sim-" + name);
        this.thread.setDaemon(true);
    }

    /** Starts the unit's thread. */
    public AcceptorSimulator start() {
        thread.start();
        return this;
    }

    /** Connects the unit to {@code link} (its device end), replacing any other line. */
    public synchronized void plugIn(SerialLink link) {
        attached = link;
        loop.attach(link);
    }

    /** Disconnects the unit from its line (it does not close it, but the caller may then); the unit keeps running. */
    public synchronized void unplug() {
        if (attached != null) {
            try {
                loop.detach(attached, thread);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            attached = null;
        }
    }

    /** Stops the thread (waiting for it at most a few seconds). Lines are closed by whoever opened them. */
    @Override
    public void close() {
        loop.stop();
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- the customer

    /** The customer feeds a genuine note of {@code value} (queued behind notes not yet taken). */
    public SimNote insert(Yen value) {
        return machine.insert(value);
    }

    public SimNote insert(Denomination note) {
        return machine.insert(note.value());
    }

    /** A note the unit reports with {@code escrowCode}, whether or not its currency table knows that code. */
    public SimNote insertEscrowCode(int escrowCode) {
        return machine.insertEscrowCode(escrowCode);
    }

    /** A note the unit rejects with {@code reason} after ACCEPTING (a counterfeit, a crumpled note). */
    public SimNote insertCounterfeit(RejectReason reason) {
        return machine.insertCounterfeit(reason);
    }

    /** A second note pushed in while the unit accepts or holds one: PAUSE (0x47) until it is removed. */
    public void secondNote() {
        machine.secondNote();
    }

    public void removeSecondNote() {
        machine.removeSecondNote();
    }

    // ---------------------------------------------------------------- mechanics and staff

    /** Jams the note in the head now (while accepting, in escrow, returning or rejecting), or else the next note. True when jammed now. */
    public boolean jamInAcceptor() {
        return machine.jamInAcceptor();
    }

    /**
     * A jam in the stacker path: before VEND VALID (now if a note is stacking, else the next stacked
     * note), or after VEND VALID (once the host ACKs it). True when jammed now.
     */
    public boolean jamInStacker(boolean afterVendValid) {
        return machine.jamInStacker(afterVendValid);
    }

    /** Staff clear the jam: a note in the head goes back to the customer, one in the stacker path into the box. */
    public void clearJam() {
        machine.clearJam(null);
    }

    /** Staff clear the jam and put the note where {@code fate} says (CASH_BOX or RETURNED). */
    public void clearJam(NoteFate fate) {
        machine.clearJam(fate);
    }

    /** The cash box is taken out: STACKER OPEN (0x44) until it is back. */
    public void openStacker() {
        machine.openStacker();
    }

    /** The cash box is put back: INITIALIZE, then the stored inhibit state. */
    public void closeStacker() {
        machine.closeStacker();
    }

    /** Staff empty the cash box; returns how many notes they took. */
    public int emptyStacker() {
        return machine.emptyStacker();
    }

    /** STACKER FULL (0x43) once the box holds this many notes. */
    public void setStackerCapacity(int notes) {
        machine.setStackerCapacity(notes);
    }

    public void failure(FailureCode code) {
        machine.failure(code);
    }

    /** CHEATED (0x48) until RESET or {@link #clearFault()}. */
    public void cheat() {
        machine.cheat();
    }

    /** Staff repair a FAILURE or a CHEATED condition. */
    public void clearFault() {
        machine.clearFault();
    }

    /** The next poll is answered COMMUNICATION ERROR (0x4A). */
    public void communicationError() {
        machine.communicationError(1);
    }

    public void communicationError(int polls) {
        machine.communicationError(polls);
    }

    // ---------------------------------------------------------------- power

    /** The power goes: no replies at all until {@link #powerOn()}; settings are lost; a note inside stays where it was. */
    public void powerOff() {
        machine.powerOff();
    }

    /** The power comes back: POWER UP 0x40, 0x41 (note in the acceptor) or 0x42 (note in the stacker) until RESET. */
    public void powerOn() {
        machine.powerOn(null);
    }

    /** As {@link #powerOn()}, with {@code outcome} for a note found inside instead of the settings' default. */
    public void powerOn(RecoveryOutcome outcome) {
        machine.powerOn(outcome);
    }

    /** Off for 200 ms, then on. */
    public void powerCycle() {
        powerCycle(Duration.ofMillis(200), null);
    }

    public void powerCycle(Duration off) {
        powerCycle(off, null);
    }

    /** Off for {@code off}, then on; a note inside meets {@code outcome} on RESET (null: the settings' default). */
    public void powerCycle(Duration off, RecoveryOutcome outcome) {
        machine.powerCycle(off, outcome);
    }

    // ---------------------------------------------------------------- views

    /** The line's faults, changeable at any time. */
    public LinkFaults linkFaults() {
        return faults;
    }

    public GroundTruth groundTruth() {
        return truth;
    }

    /** The values of the notes now in the cash box. */
    public List<Yen> cashBox() {
        return truth.cashBox();
    }

    public Yen cashBoxTotal() {
        return truth.cashBoxTotal();
    }

    public List<NoteOutcome> returnedNotes() {
        return truth.returnedNotes();
    }

    public List<NoteOutcome> rejectedNotes() {
        return truth.rejectedNotes();
    }

    public SimState state() {
        return machine.state();
    }

    public SimEvents events() {
        return events;
    }

    public List<SimEvent> protocolViolations() {
        return events.protocolViolations();
    }
}
