package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.UnitState.NEVER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.sim.UnitState.Jam;
import jp.konbini.device.acceptor.sim.UnitState.Phase;
import jp.konbini.device.acceptor.sim.UnitState.Power;

/**
 * What the unit answers to each valid host frame (reference §1.3), and what the frame does to it.
 * Called under the machine's lock, after the clock has moved the unit on.
 */
final class HostCommands {

    private final UnitState u;
    private final DeviceIdentity identity;

    HostCommands(UnitState state) {
        this.u = state;
        this.identity = state.settings.identity();
    }

    /** The reply to {@code frame}; empty when the unit sends none (host ACK, power off, wedged). */
    Optional<Id003Frame> handle(Id003Frame frame, long now) {
        if (u.power == Power.OFF) {
            return Optional.empty();
        }
        u.lastHostFrameAt = now;
        int code = frame.code();
        if (u.wedged) {
            return code == Id003Command.RESET.code() ? reset(now) : Optional.empty();
        }
        if (SettingRegisters.isGetter(code)) {
            return Optional.of(u.registers.read(code));
        }
        if (SettingRegisters.isSetter(code)) {
            return setting(frame);
        }
        Optional<Id003Command> command = Id003Command.of(code);
        if (command.isEmpty()) {
            u.events.add(SimEvent.Type.PROTOCOL_VIOLATION, String.format("unknown command 0x%02X: %s", code, frame));
            return invalid(String.format("unknown command 0x%02X", code));
        }
        return switch (command.get()) {
            case STATUS_REQUEST -> u.status(true);
            case RESET -> reset(now);
            case STACK_1, STACK_2 -> stack(command.get(), now);
            case RETURN -> returnNote(now);
            case HOLD -> hold(now);
            case WAIT -> u.power == Power.POWER_UP ? invalid("WAIT before RESET") : ack();
            case ACK -> {
                hostAck(now);
                yield Optional.empty();
            }
            case GET_VERSION -> ascii(code, identity.version());
            case GET_BOOT_VERSION -> ascii(code, identity.bootVersion());
            case GET_SERIAL_NUMBER -> ascii(code, identity.serialNumber());
            case GET_CURRENCY_ASSIGN -> Optional.of(Id003Frame.of(code, identity.currencyTable().encode()));
            default -> invalid("unexpected command " + command.get());
        };
    }

    private Optional<Id003Frame> setting(Id003Frame frame) {
        if (u.power == Power.POWER_UP) {
            return invalid(String.format("setting 0x%02X before RESET", frame.code()));
        }
        if (!u.registers.store(frame)) {
            return invalid(String.format("setting 0x%02X with %d data bytes", frame.code(), frame.dataLength()));
        }
        u.events.add(SimEvent.Type.SETTING_CHANGED, frame.toString());
        return Optional.of(frame);
    }

    private Optional<Id003Frame> reset(long now) {
        u.events.add(SimEvent.Type.RESET, u.power == Power.POWER_UP ? "after power-up" : "");
        u.cheated = false;
        u.wedged = false;
        u.wedgeAt = NEVER;
        u.communicationErrors = 0;
        u.paused = false;
        u.initializeAfterNote = false;
        if (u.power == Power.POWER_UP) {
            u.power = Power.ON;
            recover(now);
        } else if (u.note != null && !u.physicallyHeld()) {
            u.resolve("on RESET");
        }
        if (!u.initializeAfterNote) {
            u.startInitialize(now, false);
        }
        return ack();
    }

    /** RESET after a power-up: the note found in the path meets its scripted outcome. */
    private void recover(long now) {
        NoteInFlight found = u.recovering;
        RecoveryOutcome override = u.recoveryOverride;
        u.recovering = null;
        u.recoveryOverride = null;
        if (found == null) {
            return;
        }
        boolean inHead = found.sideAtPowerLoss == NoteInFlight.Side.HEAD;
        RecoveryOutcome outcome = override != null ? override
                : inHead ? u.settings.billInAcceptorOutcome() : u.settings.billInStackerOutcome();
        if (outcome == RecoveryOutcome.STACK_WITH_VEND_VALID && found.vendValidAcked) {
            outcome = RecoveryOutcome.STACK; // the host already had its VEND VALID for this note
        }
        u.note = found;
        switch (outcome) {
            case RETURN -> u.finish(found.rejecting != null ? NoteFate.REJECTED : NoteFate.RETURNED, "handed back on RESET after power-up");
            case STACK -> u.finish(NoteFate.CASH_BOX, "stacked on RESET after power-up, no VEND VALID");
            case STACK_WITH_VEND_VALID -> {
                u.enter(Phase.STACKING, now, u.timings.stacking());
                u.initializeAfterNote = true;
                u.events.add(SimEvent.Type.STACK, "power recovery, " + found);
            }
        }
    }

    private Optional<Id003Frame> stack(Id003Command command, long now) {
        if (!decisionAllowed()) {
            return invalid(command + " with no note in escrow");
        }
        u.note.stackCommand = command;
        u.note.jamInStackerBeforeVendValid |= u.armJamInStackerBefore;
        u.note.jamInStackerAfterVendValid |= u.armJamInStackerAfter;
        u.armJamInStackerBefore = false;
        u.armJamInStackerAfter = false;
        Duration time = command == Id003Command.STACK_2 ? u.timings.stacking().plus(u.timings.stack2Extra()) : u.timings.stacking();
        u.enter(Phase.STACKING, now, time);
        u.events.add(SimEvent.Type.STACK, command + " " + u.note);
        return ack();
    }

    private Optional<Id003Frame> returnNote(long now) {
        if (!decisionAllowed()) {
            return invalid("RETURN with no note in escrow");
        }
        u.enter(Phase.RETURNING, now, u.timings.returning());
        u.events.add(SimEvent.Type.RETURN, u.note.toString());
        return ack();
    }

    private Optional<Id003Frame> hold(long now) {
        if (!decisionAllowed()) {
            return invalid("HOLD with no note in escrow");
        }
        u.phase = Phase.HOLDING;
        u.deadline = u.timings.holdTimeout().isZero() ? NEVER : now + u.timings.holdTimeout().toNanos();
        u.events.add(SimEvent.Type.HOLD, u.note.toString());
        return ack();
    }

    private boolean decisionAllowed() {
        return u.power == Power.ON && !u.blocked() && !u.paused && (u.phase == Phase.ESCROW || u.phase == Phase.HOLDING);
    }

    /** The host's ACK: progress only from VEND VALID (the note is then in the cash box); anything else is noted and ignored. */
    private void hostAck(long now) {
        if (u.power != Power.ON || u.blocked() || u.phase != Phase.VEND_VALID) {
            u.events.add(SimEvent.Type.UNEXPECTED_ACK, "in " + u.describeStatus());
            return;
        }
        u.note.vendValidAcked = true;
        u.wedgeAt = NEVER;
        u.truth.vendValidAcked(u.note.note);
        u.events.add(SimEvent.Type.VEND_VALID_ACKED, u.note.toString());
        if (u.note.jamInStackerAfterVendValid) {
            u.phase = Phase.STACKED;
            u.deadline = NEVER;
            u.jam = Jam.IN_STACKER;
            u.events.add(SimEvent.Type.JAM, "in stacker after VEND VALID, " + u.note);
            return;
        }
        u.finish(NoteFate.CASH_BOX, "stacked");
        if (!u.timings.stacked().isZero() && u.random.nextDouble() >= u.settings.stackedSkipRate()) {
            u.enter(Phase.STACKED, now, u.timings.stacked());
            u.events.add(SimEvent.Type.STACKED, "");
        } else {
            u.events.add(SimEvent.Type.STACKED_SKIPPED, "");
            u.afterNote(now);
        }
    }

    private Optional<Id003Frame> invalid(String why) {
        u.events.add(SimEvent.Type.INVALID_COMMAND, why);
        return Optional.of(Id003Status.INVALID_COMMAND.frame());
    }

    private static Optional<Id003Frame> ack() {
        return Optional.of(Id003Status.ACK.frame());
    }

    private static Optional<Id003Frame> ascii(int code, String text) {
        return Optional.of(Id003Frame.of(code, text.getBytes(StandardCharsets.US_ASCII)));
    }
}
