package jp.konbini.device.acceptor.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.domain.money.Yen;

/**
 * The simulated unit's behaviour: what it answers to each host frame, how its note moves on with
 * time, and what the control methods (the customer, staff, the power, faults) do to it. Time comes
 * from {@code clock} (nanoseconds), so a test can drive it without waiting. Thread-safe: every
 * method holds the machine's lock.
 *
 * <p>The rules where the reference is silent or UNVERIFIED are in decision 0031. In short: a note
 * is on one side of the point of no return (the head or the stacker path); anything that interrupts
 * it (RESET, power loss, a jam, the cash box removed, a failure) freezes it, and when the
 * interruption ends the note goes to its side: back to the customer from the head, into the cash
 * box from the stacker path. The unit then initialises again.
 */
final class AcceptorMachine {

    enum Power { OFF, POWER_UP, ON }

    enum Phase { NONE, ACCEPTING, ESCROW, HOLDING, STACKING, VEND_VALID, STACKED, REJECTING, RETURNING }

    enum Jam { NONE, IN_ACCEPTOR, IN_STACKER }

    private static final long NEVER = Long.MAX_VALUE;
    /** Reasons a genuine note may be rejected at random: the physical ones, not "inhibited" or "reserved". */
    private static final List<RejectReason> RANDOM_REASONS = List.of(RejectReason.INSERTION, RejectReason.MAGNETIC_PATTERN,
            RejectReason.DATA_AMPLITUDE, RejectReason.FEED, RejectReason.DENOMINATION, RejectReason.PHOTO_PATTERN,
            RejectReason.PHOTO_LEVEL, RejectReason.OPERATION, RejectReason.LENGTH, RejectReason.COLOUR_PATTERN,
            RejectReason.TRUE_BILL_FEATURE);

    private final SimulatorSettings settings;
    private final SimTimings timings;
    private final RandomGenerator random;
    private final LongSupplier clock;
    private final SimEvents events;
    private final GroundTruth truth;
    private final SettingRegisters registers = new SettingRegisters();
    private final Deque<SimNote> customer = new ArrayDeque<>();
    private long nextNoteId = 1;
    private int stackerCapacity;

    private Power power = Power.POWER_UP;
    private long powerOnAt = NEVER;
    private NoteInFlight recovering;
    private RecoveryOutcome recoveryOverride;

    private boolean initializing;
    private long initializedAt = NEVER;
    private boolean reinsertion;
    private boolean initializeAfterNote;
    private boolean stackerOpen;
    private Jam jam = Jam.NONE;
    private FailureCode failure;
    private boolean cheated;
    private boolean wedged;
    private int communicationErrors;
    private boolean paused;
    private long pausedAt;
    private boolean fullReported;

    private Phase phase = Phase.NONE;
    private NoteInFlight note;
    private long deadline = NEVER;
    private long wedgeAt = NEVER;
    private long lastHostFrameAt;

    private boolean armJamInAcceptor;
    private boolean armJamInStackerBefore;
    private boolean armJamInStackerAfter;

    AcceptorMachine(SimulatorSettings settings, RandomGenerator random, LongSupplier clock, SimEvents events, GroundTruth truth) {
        this.settings = settings;
        this.timings = settings.timings();
        this.random = random;
        this.clock = clock;
        this.events = events;
        this.truth = truth;
        this.stackerCapacity = settings.stackerCapacity();
        this.lastHostFrameAt = clock.getAsLong();
    }

    // ---------------------------------------------------------------- host frames

    /** The reply to one valid host frame; empty when the unit sends none (host ACK, power off, wedged). */
    synchronized Optional<Id003Frame> onHostFrame(Id003Frame frame) {
        long now = clock.getAsLong();
        advance(now);
        if (power == Power.OFF) {
            return Optional.empty();
        }
        lastHostFrameAt = now;
        int code = frame.code();
        if (wedged) {
            return code == Id003Command.RESET.code() ? reset(now) : Optional.empty();
        }
        if (SettingRegisters.isGetter(code)) {
            return Optional.of(registers.read(code));
        }
        if (SettingRegisters.isSetter(code)) {
            return setting(frame);
        }
        Optional<Id003Command> command = Id003Command.of(code);
        if (command.isEmpty()) {
            events.add(SimEvent.Type.PROTOCOL_VIOLATION, String.format("unknown command 0x%02X: %s", code, frame));
            return invalid(String.format("unknown command 0x%02X", code));
        }
        return switch (command.get()) {
            case STATUS_REQUEST -> status(true);
            case RESET -> reset(now);
            case STACK_1, STACK_2 -> stack(command.get(), now);
            case RETURN -> returnNote(now);
            case HOLD -> hold(now);
            case WAIT -> power == Power.POWER_UP ? invalid("WAIT before RESET") : ack();
            case ACK -> {
                hostAck(now);
                yield Optional.empty();
            }
            case GET_VERSION -> ascii(code, settings.identity().version());
            case GET_BOOT_VERSION -> ascii(code, settings.identity().bootVersion());
            case GET_SERIAL_NUMBER -> ascii(code, settings.identity().serialNumber());
            case GET_CURRENCY_ASSIGN -> Optional.of(Id003Frame.of(code, settings.identity().currencyTable().encode()));
            default -> invalid("unexpected command " + command.get());
        };
    }

    /** Moves the note on with time: call often (the simulator thread does, every few milliseconds). */
    synchronized void tick() {
        advance(clock.getAsLong());
    }

    private Optional<Id003Frame> status(boolean polled) {
        if (power == Power.OFF || wedged) {
            return Optional.empty();
        }
        if (power == Power.POWER_UP) {
            if (recovering == null) {
                return frame(Id003Status.POWER_UP);
            }
            return frame(recovering.sideAtPowerLoss == NoteInFlight.Side.HEAD
                    ? Id003Status.POWER_UP_BILL_IN_ACCEPTOR : Id003Status.POWER_UP_BILL_IN_STACKER);
        }
        if (communicationErrors > 0) {
            if (polled) {
                communicationErrors--;
            }
            return frame(Id003Status.COMMUNICATION_ERROR);
        }
        if (stackerOpen) {
            return frame(Id003Status.STACKER_OPEN);
        }
        if (jam != Jam.NONE) {
            return frame(jam == Jam.IN_ACCEPTOR ? Id003Status.JAM_IN_ACCEPTOR : Id003Status.JAM_IN_STACKER);
        }
        if (failure != null) {
            return Optional.of(Id003Status.FAILURE.frame(failure.code()));
        }
        if (cheated) {
            return frame(Id003Status.CHEATED);
        }
        if (initializing) {
            return frame(Id003Status.INITIALIZE);
        }
        if (paused) {
            return frame(Id003Status.PAUSE);
        }
        return switch (phase) {
            case ACCEPTING -> frame(Id003Status.ACCEPTING);
            case ESCROW -> Optional.of(Id003Status.ESCROW.frame(note.note.escrowCode()));
            case HOLDING -> frame(Id003Status.HOLDING);
            case STACKING -> frame(Id003Status.STACKING);
            case VEND_VALID -> {
                if (polled) {
                    note.vendValidReported = true;
                }
                yield frame(Id003Status.VEND_VALID);
            }
            case STACKED -> frame(Id003Status.STACKED);
            case REJECTING -> Optional.of(Id003Status.REJECTING.frame(note.rejecting.code()));
            case RETURNING -> frame(Id003Status.RETURNING);
            case NONE -> frame(full() ? Id003Status.STACKER_FULL : registers.inhibited() ? Id003Status.DISABLED : Id003Status.IDLING);
        };
    }

    private Optional<Id003Frame> setting(Id003Frame frame) {
        if (power == Power.POWER_UP) {
            return invalid(String.format("setting 0x%02X before RESET", frame.code()));
        }
        if (!registers.store(frame)) {
            return invalid(String.format("setting 0x%02X with %d data bytes", frame.code(), frame.dataLength()));
        }
        events.add(SimEvent.Type.SETTING_CHANGED, frame.toString());
        return Optional.of(frame);
    }

    private Optional<Id003Frame> reset(long now) {
        events.add(SimEvent.Type.RESET, power == Power.POWER_UP ? "after power-up" : "");
        cheated = false;
        wedged = false;
        wedgeAt = NEVER;
        communicationErrors = 0;
        paused = false;
        initializeAfterNote = false;
        if (power == Power.POWER_UP) {
            power = Power.ON;
            recover(now);
        } else if (note != null && !physicallyHeld()) {
            resolve("on RESET");
        }
        if (!initializeAfterNote) {
            startInitialize(now, false);
        }
        return ack();
    }

    private Optional<Id003Frame> stack(Id003Command command, long now) {
        if (!decisionAllowed()) {
            return invalid(command + " with no note in escrow");
        }
        note.stackCommand = command;
        note.jamInStackerBeforeVendValid |= armJamInStackerBefore;
        note.jamInStackerAfterVendValid |= armJamInStackerAfter;
        armJamInStackerBefore = false;
        armJamInStackerAfter = false;
        Duration time = command == Id003Command.STACK_2 ? timings.stacking().plus(timings.stack2Extra()) : timings.stacking();
        enter(Phase.STACKING, now, time);
        events.add(SimEvent.Type.STACK, command + " " + note);
        return ack();
    }

    private Optional<Id003Frame> returnNote(long now) {
        if (!decisionAllowed()) {
            return invalid("RETURN with no note in escrow");
        }
        enter(Phase.RETURNING, now, timings.returning());
        events.add(SimEvent.Type.RETURN, note.toString());
        return ack();
    }

    private Optional<Id003Frame> hold(long now) {
        if (!decisionAllowed()) {
            return invalid("HOLD with no note in escrow");
        }
        phase = Phase.HOLDING;
        deadline = timings.holdTimeout().isZero() ? NEVER : now + timings.holdTimeout().toNanos();
        events.add(SimEvent.Type.HOLD, note.toString());
        return ack();
    }

    private boolean decisionAllowed() {
        return power == Power.ON && !blocked() && !paused && (phase == Phase.ESCROW || phase == Phase.HOLDING);
    }

    private void hostAck(long now) {
        if (power != Power.ON || blocked() || phase != Phase.VEND_VALID) {
            events.add(SimEvent.Type.UNEXPECTED_ACK, "in " + describeStatus());
            return;
        }
        note.vendValidAcked = true;
        wedgeAt = NEVER;
        truth.vendValidAcked(note.note);
        events.add(SimEvent.Type.VEND_VALID_ACKED, note.toString());
        if (note.jamInStackerAfterVendValid) {
            phase = Phase.STACKED;
            deadline = NEVER;
            jam = Jam.IN_STACKER;
            events.add(SimEvent.Type.JAM, "in stacker after VEND VALID, " + note);
            return;
        }
        finish(NoteFate.CASH_BOX, "stacked");
        if (!timings.stacked().isZero() && random.nextDouble() >= settings.stackedSkipRate()) {
            enter(Phase.STACKED, now, timings.stacked());
            events.add(SimEvent.Type.STACKED, "");
        } else {
            phase = Phase.NONE;
            deadline = NEVER;
            events.add(SimEvent.Type.STACKED_SKIPPED, "");
            afterNote(now);
        }
    }

    // ---------------------------------------------------------------- time

    private void advance(long now) {
        for (int guard = 0; guard < 64 && step(now); guard++) {
            // each step makes at most one transition; zero durations chain several in one call
        }
    }

    private boolean step(long now) {
        if (power == Power.OFF) {
            if (now >= powerOnAt) {
                powerUp(now);
                return true;
            }
            return false;
        }
        if (power == Power.POWER_UP || wedged) {
            return false;
        }
        if (initializing) {
            if (now >= initializedAt) {
                finishInitialize();
                return true;
            }
            return false;
        }
        if (blocked() || paused) {
            return false;
        }
        return switch (phase) {
            case NONE -> takeNextNote(now);
            case ACCEPTING, ESCROW, HOLDING -> watchdog(now) || decisionDue(now);
            case STACKING -> now >= deadline && stackingDone(now);
            case VEND_VALID -> now >= wedgeAt && wedge();
            case STACKED -> now >= deadline && stackedDone(now);
            case REJECTING -> now >= deadline && finish(NoteFate.REJECTED, "rejected");
            case RETURNING -> now >= deadline && finish(NoteFate.RETURNED, "returned after RETURN");
        };
    }

    private boolean takeNextNote(long now) {
        if (full()) {
            if (!fullReported) {
                fullReported = true;
                events.add(SimEvent.Type.STACKER_FULL, truth.cashBoxCount() + " notes");
            }
            return false;
        }
        if (customer.isEmpty() || registers.inhibited()) {
            return false;
        }
        note = new NoteInFlight(customer.removeFirst(), now);
        note.jamInAcceptor = armJamInAcceptor;
        armJamInAcceptor = false;
        enter(Phase.ACCEPTING, now, timings.accepting());
        events.add(SimEvent.Type.ACCEPTING, note.toString());
        return true;
    }

    private boolean watchdog(long now) {
        long silentSince = Math.max(lastHostFrameAt, note.startedAt);
        if (now - silentSince < timings.pollWatchdog().toNanos()) {
            return false;
        }
        events.add(SimEvent.Type.WATCHDOG, "host silent for " + Duration.ofNanos(now - silentSince).toMillis() + " ms, " + note);
        startRejecting(RejectReason.INHIBITED, now);
        return true;
    }

    private boolean decisionDue(long now) {
        if (now < deadline) {
            return false;
        }
        if (phase == Phase.ACCEPTING) {
            recognise(now);
        } else {
            events.add(SimEvent.Type.ESCROW_TIMEOUT, (phase == Phase.HOLDING ? "hold expired, " : "") + note);
            startRejecting(RejectReason.INHIBITED, now);
        }
        return true;
    }

    private void recognise(long now) {
        SimNote n = note.note;
        if (note.jamInAcceptor) {
            jam = Jam.IN_ACCEPTOR;
            events.add(SimEvent.Type.JAM, "in acceptor while accepting " + note);
        } else if (n.rejectAs().isPresent()) {
            startRejecting(n.rejectAs().get(), now);
        } else if (registers.inhibited() || registers.denominationDisabled(n.escrowCode())) {
            startRejecting(RejectReason.INHIBITED, now);
        } else if (random.nextDouble() < settings.randomRejectRate()) {
            startRejecting(RANDOM_REASONS.get(random.nextInt(RANDOM_REASONS.size())), now);
        } else {
            enter(Phase.ESCROW, now, timings.escrowTimeout());
            events.add(SimEvent.Type.ESCROW, String.format("0x%02X %s", n.escrowCode(), note));
        }
    }

    private void startRejecting(RejectReason reason, long now) {
        note.rejecting = reason;
        enter(Phase.REJECTING, now, timings.rejecting());
    }

    private boolean stackingDone(long now) {
        if (note.jamInStackerBeforeVendValid) {
            jam = Jam.IN_STACKER;
            events.add(SimEvent.Type.JAM, "in stacker before VEND VALID, " + note);
            return true;
        }
        phase = Phase.VEND_VALID;
        deadline = NEVER;
        wedgeAt = timings.vendValidWedge().isZero() ? NEVER : now + timings.vendValidWedge().toNanos();
        events.add(SimEvent.Type.VEND_VALID, note.toString());
        return true;
    }

    private boolean wedge() {
        wedged = true;
        wedgeAt = NEVER;
        events.add(SimEvent.Type.WEDGED, "VEND VALID never ACKed; silent until RESET");
        return true;
    }

    private boolean stackedDone(long now) {
        phase = Phase.NONE;
        deadline = NEVER;
        afterNote(now);
        return true;
    }

    private void afterNote(long now) {
        if (initializeAfterNote) {
            initializeAfterNote = false;
            startInitialize(now, false);
        }
    }

    private void enter(Phase next, long now, Duration time) {
        phase = next;
        deadline = now + time.toNanos();
    }

    private void startInitialize(long now, boolean afterReinsertion) {
        initializing = true;
        initializedAt = now + timings.initialize().toNanos();
        reinsertion = afterReinsertion;
    }

    private void finishInitialize() {
        initializing = false;
        initializedAt = NEVER;
        if (reinsertion && settings.disabledAfterReinsertion()) {
            registers.inhibit();
        }
        reinsertion = false;
        events.add(SimEvent.Type.INITIALIZED, registers.inhibited() ? "inhibited" : "enabled");
    }

    /** Records where the note ended up; the unit has no note afterwards. Always true (for {@link #step}). */
    private boolean finish(NoteFate fate, String how) {
        Optional<RejectReason> reason = fate == NoteFate.REJECTED ? Optional.of(note.rejecting) : Optional.empty();
        truth.record(new NoteOutcome(note.note, fate, reason, note.vendValidReported, note.vendValidAcked, how));
        SimEvent.Type type = switch (fate) {
            case CASH_BOX -> SimEvent.Type.NOTE_IN_CASH_BOX;
            case RETURNED -> SimEvent.Type.NOTE_RETURNED;
            case REJECTED -> SimEvent.Type.NOTE_REJECTED;
        };
        events.add(type, note + " " + how + reason.map(r -> String.format(" 0x%02X", r.code())).orElse(""));
        note = null;
        phase = Phase.NONE;
        deadline = NEVER;
        fullReported = fullReported && full();
        return true;
    }

    /** The interruption is over: the frozen note goes to its side (decision 0031). */
    private void resolve(String when) {
        if (side(phase) == NoteInFlight.Side.STACKER) {
            finish(NoteFate.CASH_BOX, "stacked " + when);
        } else if (note.rejecting != null) {
            finish(NoteFate.REJECTED, "handed back " + when);
        } else {
            finish(NoteFate.RETURNED, "returned " + when);
        }
        phase = Phase.NONE;
        deadline = NEVER;
        paused = false;
    }

    private static NoteInFlight.Side side(Phase p) {
        return switch (p) {
            case STACKING, VEND_VALID, STACKED -> NoteInFlight.Side.STACKER;
            default -> NoteInFlight.Side.HEAD;
        };
    }

    private boolean blocked() {
        return initializing || physicallyHeld() || cheated;
    }

    /** Conditions RESET cannot cure: someone has to act on the unit. */
    private boolean physicallyHeld() {
        return stackerOpen || jam != Jam.NONE || failure != null;
    }

    private boolean full() {
        return truth.cashBoxCount() >= stackerCapacity;
    }

    // ---------------------------------------------------------------- power

    private void powerUp(long now) {
        power = Power.POWER_UP;
        powerOnAt = NEVER;
        lastHostFrameAt = now;
        events.add(SimEvent.Type.POWER_UP, describeStatus());
    }

    /** RESET after a power-up: the note found in the path is dealt with per the scripted outcome. */
    private void recover(long now) {
        NoteInFlight found = recovering;
        RecoveryOutcome override = recoveryOverride;
        recovering = null;
        recoveryOverride = null;
        if (found == null) {
            return;
        }
        boolean inHead = found.sideAtPowerLoss == NoteInFlight.Side.HEAD;
        RecoveryOutcome outcome = override != null ? override
                : inHead ? settings.billInAcceptorOutcome() : settings.billInStackerOutcome();
        if (outcome == RecoveryOutcome.STACK_WITH_VEND_VALID && found.vendValidAcked) {
            outcome = RecoveryOutcome.STACK; // the host already had its VEND VALID for this note
        }
        note = found;
        switch (outcome) {
            case RETURN -> {
                phase = Phase.NONE;
                finish(found.rejecting != null ? NoteFate.REJECTED : NoteFate.RETURNED, "handed back on RESET after power-up");
            }
            case STACK -> {
                phase = Phase.NONE;
                finish(NoteFate.CASH_BOX, "stacked on RESET after power-up, no VEND VALID");
            }
            case STACK_WITH_VEND_VALID -> {
                enter(Phase.STACKING, now, timings.stacking());
                initializeAfterNote = true;
                events.add(SimEvent.Type.STACK, "power recovery, " + found);
            }
        }
    }

    synchronized void powerOff() {
        if (power == Power.OFF) {
            throw new IllegalStateException("the unit is already off");
        }
        if (note != null && recovering == null) {
            note.sideAtPowerLoss = side(phase);
            recovering = note;
        }
        note = null;
        phase = Phase.NONE;
        deadline = NEVER;
        wedgeAt = NEVER;
        initializing = false;
        initializedAt = NEVER;
        initializeAfterNote = false;
        reinsertion = false;
        jam = Jam.NONE;
        cheated = false;
        wedged = false;
        paused = false;
        communicationErrors = 0;
        recoveryOverride = null;
        registers.powerOn();
        power = Power.OFF;
        powerOnAt = NEVER;
        events.add(SimEvent.Type.POWER_OFF, recovering == null ? "no note inside" : "note inside: " + recovering
                + " (" + recovering.sideAtPowerLoss + ")");
    }

    synchronized void powerOn(RecoveryOutcome outcome) {
        if (power != Power.OFF) {
            throw new IllegalStateException("the unit is already on");
        }
        recoveryOverride = outcome;
        powerUp(clock.getAsLong());
    }

    synchronized void powerCycle(Duration off, RecoveryOutcome outcome) {
        powerOff();
        recoveryOverride = outcome;
        powerOnAt = clock.getAsLong() + off.toNanos();
        advance(clock.getAsLong());
    }

    // ---------------------------------------------------------------- the customer

    synchronized SimNote insert(Yen value) {
        CurrencyTable table = settings.identity().currencyTable();
        int code = table.codeOf(value).orElseThrow(() -> new IllegalArgumentException(
                "the unit's currency table has no note of " + value + " (it has " + table.yenNotes().values() + ")"));
        return enqueue(new SimNote(nextNoteId++, code, Optional.of(value), Optional.empty()));
    }

    synchronized SimNote insertEscrowCode(int code) {
        if (code < 0x01 || code > 0xFF) {
            throw new IllegalArgumentException("an escrow code is one byte: " + code);
        }
        return enqueue(new SimNote(nextNoteId++, code, settings.identity().currencyTable().valueOf(code), Optional.empty()));
    }

    synchronized SimNote insertCounterfeit(RejectReason reason) {
        if (reason == RejectReason.UNKNOWN) {
            throw new IllegalArgumentException("a reject reason with a code is needed");
        }
        return enqueue(new SimNote(nextNoteId++, SimNote.NO_CODE, Optional.empty(), Optional.of(reason)));
    }

    private SimNote enqueue(SimNote n) {
        customer.addLast(n);
        events.add(SimEvent.Type.NOTE_QUEUED, n.toString());
        return n;
    }

    synchronized void secondNote() {
        if (power != Power.ON || blocked() || paused || note == null
                || !(phase == Phase.ACCEPTING || phase == Phase.ESCROW || phase == Phase.HOLDING)) {
            throw new IllegalStateException("a second note only pauses the unit while it accepts or holds a note (now "
                    + describeStatus() + ")");
        }
        paused = true;
        pausedAt = clock.getAsLong();
        events.add(SimEvent.Type.PAUSE, "second note while " + phase + " " + note);
    }

    synchronized void removeSecondNote() {
        if (!paused) {
            throw new IllegalStateException("there is no second note to remove");
        }
        long pausedFor = clock.getAsLong() - pausedAt;
        if (deadline != NEVER) {
            deadline += pausedFor;
        }
        paused = false;
        events.add(SimEvent.Type.PAUSE_CLEARED, "after " + Duration.ofNanos(pausedFor).toMillis() + " ms");
    }

    // ---------------------------------------------------------------- staff and faults

    /** Jams the note now if one is in the head; otherwise the next note jams while accepting. True when jammed now. */
    synchronized boolean jamInAcceptor() {
        requireNoJam();
        if (power == Power.ON && note != null && side(phase) == NoteInFlight.Side.HEAD) {
            jam = Jam.IN_ACCEPTOR;
            events.add(SimEvent.Type.JAM, "in acceptor while " + phase + " " + note);
            return true;
        }
        armJamInAcceptor = true;
        events.add(SimEvent.Type.JAM_ARMED, "the next note jams in the acceptor");
        return false;
    }

    /**
     * Before VEND VALID: jams now if a note is stacking, else the next stacked note jams before its
     * VEND VALID. After VEND VALID: the note being stacked (or else the next one) jams once the host
     * ACKs its VEND VALID. True when jammed now.
     */
    synchronized boolean jamInStacker(boolean afterVendValid) {
        requireNoJam();
        boolean stackingNow = power == Power.ON && note != null && !blocked();
        if (!afterVendValid && stackingNow && phase == Phase.STACKING) {
            jam = Jam.IN_STACKER;
            events.add(SimEvent.Type.JAM, "in stacker before VEND VALID, " + note);
            return true;
        }
        if (afterVendValid && stackingNow && (phase == Phase.STACKING || phase == Phase.VEND_VALID)) {
            note.jamInStackerAfterVendValid = true;
            events.add(SimEvent.Type.JAM_ARMED, "jams in the stacker once VEND VALID is ACKed, " + note);
            return false;
        }
        if (afterVendValid) {
            armJamInStackerAfter = true;
        } else {
            armJamInStackerBefore = true;
        }
        events.add(SimEvent.Type.JAM_ARMED, "the next stacked note jams in the stacker " + (afterVendValid ? "after" : "before")
                + " VEND VALID");
        return false;
    }

    /** Staff clear the jam; the note goes to {@code fate} (null: back to the customer from the head, into the box from the stacker). */
    synchronized void clearJam(NoteFate fate) {
        if (jam == Jam.NONE) {
            throw new IllegalStateException("there is no jam");
        }
        if (fate == NoteFate.REJECTED) {
            throw new IllegalArgumentException("a jammed note is returned or stacked, not rejected");
        }
        NoteFate where = fate != null ? fate : jam == Jam.IN_ACCEPTOR ? NoteFate.RETURNED : NoteFate.CASH_BOX;
        events.add(SimEvent.Type.JAM_CLEARED, jam + ", note to " + where);
        jam = Jam.NONE;
        if (note != null) {
            finish(where, where == NoteFate.CASH_BOX ? "pushed into the cash box when the jam was cleared"
                    : "handed back when the jam was cleared");
        }
        paused = false;
        restartIfClear("", false);
    }

    synchronized void openStacker() {
        if (stackerOpen) {
            throw new IllegalStateException("the cash box is already out");
        }
        stackerOpen = true;
        events.add(SimEvent.Type.STACKER_OPENED, note == null ? "" : "note inside: " + note + " (" + phase + ")");
    }

    synchronized void closeStacker() {
        if (!stackerOpen) {
            throw new IllegalStateException("the cash box is in");
        }
        stackerOpen = false;
        events.add(SimEvent.Type.STACKER_CLOSED, "");
        restartIfClear("when the cash box was re-inserted", true);
    }

    /** Staff empty the cash box (taking it out and putting it back if it is in). Returns the number of notes taken. */
    synchronized int emptyStacker() {
        boolean wasIn = !stackerOpen;
        if (wasIn) {
            openStacker();
        }
        int taken = truth.empty();
        fullReported = false;
        events.add(SimEvent.Type.STACKER_EMPTIED, taken + " notes");
        if (wasIn) {
            closeStacker();
        }
        return taken;
    }

    synchronized void setStackerCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the cash box holds at least one note: " + capacity);
        }
        stackerCapacity = capacity;
        fullReported = fullReported && full();
    }

    synchronized void failure(FailureCode code) {
        if (code == FailureCode.UNKNOWN) {
            throw new IllegalArgumentException("a failure code is needed");
        }
        requireOn("a failure");
        failure = code;
        events.add(SimEvent.Type.FAILURE, String.format("0x%02X %s", code.code(), code.description()));
    }

    synchronized void cheat() {
        requireOn("a cheat");
        cheated = true;
        events.add(SimEvent.Type.CHEATED, note == null ? "" : "note inside: " + note);
    }

    /** Staff fix a FAILURE or CHEATED condition. */
    synchronized void clearFault() {
        if (failure == null && !cheated) {
            throw new IllegalStateException("there is no failure and no cheat to clear");
        }
        failure = null;
        cheated = false;
        events.add(SimEvent.Type.FAULT_CLEARED, "");
        restartIfClear("when the fault was cleared", false);
    }

    /** The next {@code count} STATUS REQUESTs are answered COMMUNICATION ERROR (0x4A). */
    synchronized void communicationError(int count) {
        requireOn("a communication error");
        communicationErrors += count;
        events.add(SimEvent.Type.COMMUNICATION_ERROR, count + " poll(s)");
    }

    /** Once nothing holds the unit any more: the frozen note goes to its side and the unit initialises. */
    private void restartIfClear(String when, boolean afterReinsertion) {
        if (power != Power.ON || physicallyHeld()) {
            return;
        }
        if (note != null) {
            resolve(when);
        }
        startInitialize(clock.getAsLong(), afterReinsertion);
    }

    private void requireNoJam() {
        if (jam != Jam.NONE) {
            throw new IllegalStateException("the unit is already jammed (" + jam + ")");
        }
    }

    private void requireOn(String what) {
        if (power != Power.ON) {
            throw new IllegalStateException(what + " needs the unit on and reset (now " + power + ")");
        }
    }

    // ---------------------------------------------------------------- views

    synchronized SimState state() {
        advance(clock.getAsLong());
        Optional<Id003Frame> now = status(false);
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("initializing", initializing);
        conditions.put("stackerOpen", stackerOpen);
        conditions.put("jam", jam.name());
        conditions.put("failure", failure == null ? null : String.format("0x%02X", failure.code()));
        conditions.put("cheated", cheated);
        conditions.put("paused", paused);
        conditions.put("wedged", wedged);
        conditions.put("full", full());
        conditions.put("recovering", recovering == null ? null : recovering.toString());
        return new SimState(power.name(), describeStatus(), now.map(Id003Frame::code).orElse(-1), phase.name(),
                note == null ? "" : note.toString(), customer.size(), registers.describe(), conditions, truth.cashBoxCount(),
                truth.cashBoxTotal().amount(), stackerCapacity);
    }

    private String describeStatus() {
        return status(false).map(f -> Id003Status.of(f.code()).map(Enum::name).orElse(String.format("0x%02X", f.code())))
                .orElse("NO_REPLY");
    }

    private Optional<Id003Frame> invalid(String why) {
        events.add(SimEvent.Type.INVALID_COMMAND, why);
        return frame(Id003Status.INVALID_COMMAND);
    }

    private static Optional<Id003Frame> ack() {
        return frame(Id003Status.ACK);
    }

    private static Optional<Id003Frame> frame(Id003Status status) {
        return Optional.of(status.frame());
    }

    private static Optional<Id003Frame> ascii(int code, String text) {
        return Optional.of(Id003Frame.of(code, text.getBytes(StandardCharsets.US_ASCII)));
    }
}
