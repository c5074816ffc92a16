package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.UnitState.NEVER;

import jp.konbini.device.acceptor.sim.UnitState.Jam;
import jp.konbini.device.acceptor.sim.UnitState.Phase;
import jp.konbini.device.acceptor.sim.UnitState.Power;

/**
 * The unit's power: off (silent; settings lost; a note inside stays where it was) and on again
 * (POWER UP 0x40, or 0x41/0x42 with the note found). Called under the machine's lock.
 */
final class PowerSupply {

    private final UnitState u;

    PowerSupply(UnitState state) {
        this.u = state;
    }

    void off() {
        if (u.power == Power.OFF) {
            throw new IllegalStateException("the unit is already off");
        }
        if (u.note != null && u.recovering == null) {
            u.note.sideAtPowerLoss = UnitState.side(u.phase);
            u.recovering = u.note;
        }
        u.note = null;
        u.phase = Phase.NONE;
        u.deadline = NEVER;
        u.wedgeAt = NEVER;
        u.initializing = false;
        u.initializedAt = NEVER;
        u.initializeAfterNote = false;
        u.reinsertion = false;
        u.jam = Jam.NONE; // a jammed note is now the note found at power-up
        u.cheated = false;
        u.wedged = false;
        u.paused = false;
        u.communicationErrors = 0;
        u.recoveryOverride = null;
        u.registers.powerOn();
        u.power = Power.OFF;
        u.powerOnAt = NEVER;
        u.events.add(SimEvent.Type.POWER_OFF, u.recovering == null ? "no note inside"
                : "note inside: " + u.recovering + " (" + u.recovering.sideAtPowerLoss + ")");
    }

    /** On now; {@code outcome} (or null for the settings' default) decides a found note's fate at RESET. */
    void on(RecoveryOutcome outcome, long now) {
        if (u.power != Power.OFF) {
            throw new IllegalStateException("the unit is already on");
        }
        u.recoveryOverride = outcome;
        u.powerUp(now);
    }

    /** Off now, on again at {@code onAt} (the clock brings it back). */
    void cycle(long onAt, RecoveryOutcome outcome) {
        off();
        u.recoveryOverride = outcome;
        u.powerOnAt = onAt;
    }
}
