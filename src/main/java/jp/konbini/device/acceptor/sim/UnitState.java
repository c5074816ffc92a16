package jp.konbini.device.acceptor.sim;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.id003.RejectReason;

/**
 * Everything the simulated unit is at one moment, the status a poll would get, and the
 * transitions that the host's commands, the passage of time and people's interventions share.
 * A plain holder: {@link AcceptorMachine}'s lock guards every access.
 */
final class UnitState {

    enum Power { OFF, POWER_UP, ON }

    enum Phase { NONE, ACCEPTING, ESCROW, HOLDING, STACKING, VEND_VALID, STACKED, REJECTING, RETURNING }

    enum Jam { NONE, IN_ACCEPTOR, IN_STACKER }

    static final long NEVER = Long.MAX_VALUE;

    final SimulatorSettings settings;
    final SimTimings timings;
    final RandomGenerator random;
    final SimEvents events;
    final GroundTruth truth;
    final SettingRegisters registers = new SettingRegisters();
    final CustomerHand customer;
    int stackerCapacity;

    Power power = Power.POWER_UP;
    long powerOnAt = NEVER;
    /** The note found in the path at power-up (POWER UP 0x41/0x42), dealt with on RESET. */
    NoteInFlight recovering;
    RecoveryOutcome recoveryOverride;

    boolean initializing;
    long initializedAt = NEVER;
    boolean reinsertion;
    /** A power-recovery stack with VEND VALID runs first; INITIALIZE follows it. */
    boolean initializeAfterNote;
    boolean stackerOpen;
    Jam jam = Jam.NONE;
    FailureCode failure;
    boolean cheated;
    boolean wedged;
    int communicationErrors;
    boolean paused;
    long pausedAt;
    boolean fullReported;

    Phase phase = Phase.NONE;
    NoteInFlight note;
    long deadline = NEVER;
    long wedgeAt = NEVER;
    long lastHostFrameAt;

    boolean armJamInAcceptor;
    boolean armJamInStackerBefore;
    boolean armJamInStackerAfter;

    UnitState(SimulatorSettings settings, RandomGenerator random, SimEvents events, GroundTruth truth, long now) {
        this.settings = settings;
        this.timings = settings.timings();
        this.random = random;
        this.events = events;
        this.truth = truth;
        this.customer = new CustomerHand(settings.identity().currencyTable());
        this.stackerCapacity = settings.stackerCapacity();
        this.lastHostFrameAt = now;
    }

    // ---------------------------------------------------------------- what a poll gets

    /** The status frame for a poll now; empty when the unit is silent. A real poll ({@code polled}) consumes one-shot statuses. */
    Optional<Id003Frame> status(boolean polled) {
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

    /** The status's name (e.g. ESCROW), or NO_REPLY. */
    String describeStatus() {
        return status(false).map(f -> Id003Status.of(f.code()).map(Enum::name).orElse(String.format("0x%02X", f.code())))
                .orElse("NO_REPLY");
    }

    // ---------------------------------------------------------------- conditions

    /** Nothing moves on: initialising, held physically, or cheated. */
    boolean blocked() {
        return initializing || physicallyHeld() || cheated;
    }

    /** Conditions RESET cannot cure: someone has to act on the unit. */
    boolean physicallyHeld() {
        return stackerOpen || jam != Jam.NONE || failure != null;
    }

    boolean full() {
        return truth.cashBoxCount() >= stackerCapacity;
    }

    static NoteInFlight.Side side(Phase p) {
        return switch (p) {
            case STACKING, VEND_VALID, STACKED -> NoteInFlight.Side.STACKER;
            default -> NoteInFlight.Side.HEAD;
        };
    }

    // ---------------------------------------------------------------- shared transitions

    void enter(Phase next, long now, Duration time) {
        phase = next;
        deadline = now + time.toNanos();
    }

    void startRejecting(RejectReason reason, long now) {
        note.rejecting = reason;
        enter(Phase.REJECTING, now, timings.rejecting());
    }

    void startInitialize(long now, boolean afterReinsertion) {
        initializing = true;
        initializedAt = now + timings.initialize().toNanos();
        reinsertion = afterReinsertion;
    }

    void finishInitialize() {
        initializing = false;
        initializedAt = NEVER;
        if (reinsertion && settings.disabledAfterReinsertion()) {
            registers.inhibit();
        }
        reinsertion = false;
        events.add(SimEvent.Type.INITIALIZED, registers.inhibited() ? "inhibited" : "enabled");
    }

    /** A note's journey is over: INITIALIZE now if a power-recovery stack was waiting for it. */
    void afterNote(long now) {
        if (initializeAfterNote) {
            initializeAfterNote = false;
            startInitialize(now, false);
        }
    }

    /** Records where the note ended up; the unit has no note afterwards. Always true (handy in time steps). */
    boolean finish(NoteFate fate, String how) {
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
    void resolve(String when) {
        if (side(phase) == NoteInFlight.Side.STACKER) {
            finish(NoteFate.CASH_BOX, "stacked " + when);
        } else if (note.rejecting != null) {
            finish(NoteFate.REJECTED, "handed back " + when);
        } else {
            finish(NoteFate.RETURNED, "returned " + when);
        }
        paused = false;
    }

    /** Once nothing holds the unit any more: the frozen note goes to its side and the unit initialises. */
    void restartIfClear(String when, boolean afterReinsertion, long now) {
        if (power != Power.ON || physicallyHeld()) {
            return;
        }
        if (note != null) {
            resolve(when);
        }
        startInitialize(now, afterReinsertion);
    }

    void powerUp(long now) {
        power = Power.POWER_UP;
        powerOnAt = NEVER;
        lastHostFrameAt = now;
        events.add(SimEvent.Type.POWER_UP, describeStatus());
    }

    private static Optional<Id003Frame> frame(Id003Status status) {
        return Optional.of(status.frame());
    }
}
