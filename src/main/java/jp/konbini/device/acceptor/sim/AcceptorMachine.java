package jp.konbini.device.acceptor.sim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.domain.money.Yen;

/**
 * The simulated unit's behaviour, behind one lock: the host's frames ({@link HostCommands}), the
 * passage of time ({@link TimedSteps}), people ({@link Interventions}, {@link CustomerHand}) and
 * the power ({@link PowerSupply}) all act on one {@link UnitState}. Time comes from {@code clock}
 * (nanoseconds), so a test can drive the unit without waiting; before anything acts, the clock's
 * due transitions are made.
 *
 * <p>The rules where the reference is silent or UNVERIFIED are in decision 0031. In short: a note
 * is on one side of the point of no return (the head or the stacker path); anything that interrupts
 * it freezes it, and when the interruption ends the note goes to its side: back to the customer
 * from the head, into the cash box from the stacker path. The unit then initialises again.
 */
final class AcceptorMachine {

    private final LongSupplier clock;
    private final UnitState unit;
    private final HostCommands host;
    private final TimedSteps time;
    private final Interventions people;
    private final PowerSupply power;

    AcceptorMachine(SimulatorSettings settings, RandomGenerator random, LongSupplier clock, SimEvents events, GroundTruth truth) {
        this.clock = clock;
        this.unit = new UnitState(settings, random, events, truth, clock.getAsLong());
        this.host = new HostCommands(unit);
        this.time = new TimedSteps(unit);
        this.people = new Interventions(unit);
        this.power = new PowerSupply(unit);
    }

    /** The reply to one valid host frame; empty when the unit sends none (host ACK, power off, wedged). */
    synchronized Optional<Id003Frame> onHostFrame(Id003Frame frame) {
        return host.handle(frame, now());
    }

    /** Moves the note on with time: call often (the simulator thread does, every few milliseconds). */
    synchronized void tick() {
        now();
    }

    // ---------------------------------------------------------------- the customer

    synchronized SimNote insert(Yen value) {
        return queued(unit.customer.genuine(value));
    }

    synchronized SimNote insertEscrowCode(int code) {
        return queued(unit.customer.withEscrowCode(code));
    }

    synchronized SimNote insertCounterfeit(RejectReason reason) {
        return queued(unit.customer.counterfeit(reason));
    }

    synchronized void secondNote() {
        people.secondNote(now());
    }

    synchronized void removeSecondNote() {
        people.removeSecondNote(now());
    }

    // ---------------------------------------------------------------- staff, faults, power

    synchronized boolean jamInAcceptor() {
        now();
        return people.jamInAcceptor();
    }

    synchronized boolean jamInStacker(boolean afterVendValid) {
        now();
        return people.jamInStacker(afterVendValid);
    }

    synchronized void clearJam(NoteFate fate) {
        people.clearJam(fate, now());
    }

    synchronized void openStacker() {
        now();
        people.openStacker();
    }

    synchronized void closeStacker() {
        people.closeStacker(now());
    }

    synchronized int emptyStacker() {
        return people.emptyStacker(now());
    }

    synchronized void setStackerCapacity(int capacity) {
        now();
        people.setStackerCapacity(capacity);
    }

    synchronized void failure(FailureCode code) {
        now();
        people.failure(code);
    }

    synchronized void cheat() {
        now();
        people.cheat();
    }

    synchronized void clearFault() {
        people.clearFault(now());
    }

    synchronized void communicationError(int count) {
        now();
        people.communicationError(count);
    }

    synchronized void powerOff() {
        now();
        power.off();
    }

    synchronized void powerOn(RecoveryOutcome outcome) {
        power.on(outcome, now());
    }

    synchronized void powerCycle(Duration off, RecoveryOutcome outcome) {
        power.cycle(now() + off.toNanos(), outcome);
        now();
    }

    // ---------------------------------------------------------------- views

    synchronized SimState state() {
        now();
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("initializing", unit.initializing);
        conditions.put("stackerOpen", unit.stackerOpen);
        conditions.put("jam", unit.jam.name());
        conditions.put("failure", unit.failure == null ? null : String.format("0x%02X", unit.failure.code()));
        conditions.put("cheated", unit.cheated);
        conditions.put("paused", unit.paused);
        conditions.put("wedged", unit.wedged);
        conditions.put("full", unit.full());
        conditions.put("recovering", unit.recovering == null ? null : unit.recovering.toString());
        return new SimState(unit.power.name(), unit.describeStatus(), unit.status(false).map(Id003Frame::code).orElse(-1),
                unit.phase.name(), unit.note == null ? "" : unit.note.toString(), unit.customer.size(), unit.registers.describe(),
                conditions, unit.truth.cashBoxCount(), unit.truth.cashBoxTotal().amount(), unit.stackerCapacity);
    }

    /** The clock's time, after making every transition due by then. */
    private long now() {
        long now = clock.getAsLong();
        time.advance(now);
        return now;
    }

    private SimNote queued(SimNote note) {
        unit.events.add(SimEvent.Type.NOTE_QUEUED, note.toString());
        return note;
    }
}
