package jp.konbini.device.acceptor.sim;

import java.util.Objects;

/**
 * How the simulated acceptor behaves; immutable (what changes at run time, such as link faults,
 * goes through {@link AcceptorSimulator}'s control methods).
 *
 * @param timings                  how long each step takes
 * @param identity                 version texts, serial number and currency table
 * @param stackerCapacity          notes the cash box holds; STACKER FULL once it holds this many
 * @param randomRejectRate         probability (0–1) that a genuine note is rejected with a random reason
 * @param stackedSkipRate          probability (0–1) that STACKED is not shown at all after the ACK (reference J2)
 * @param billInAcceptorOutcome    what RESET does with a note found in the acceptor at power-up (0x41)
 * @param billInStackerOutcome     what RESET does with a note found in the stacker path at power-up (0x42)
 * @param disabledAfterReinsertion whether the unit comes back inhibited (C3 = 1) after the cash box is re-inserted
 */
public record SimulatorSettings(SimTimings timings, DeviceIdentity identity, int stackerCapacity, double randomRejectRate,
        double stackedSkipRate, RecoveryOutcome billInAcceptorOutcome, RecoveryOutcome billInStackerOutcome,
        boolean disabledAfterReinsertion) {

    public SimulatorSettings {
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(billInAcceptorOutcome, "billInAcceptorOutcome");
        Objects.requireNonNull(billInStackerOutcome, "billInStackerOutcome");
        if (stackerCapacity < 1) {
            throw new IllegalArgumentException("the cash box holds at least one note: " + stackerCapacity);
        }
        requireProbability(randomRejectRate, "random reject rate");
        requireProbability(stackedSkipRate, "STACKED skip rate");
    }

    /** A real unit's timings, a 500-note cash box, no random rejects, STACKED skipped half of the time. */
    public static SimulatorSettings realistic() {
        return new SimulatorSettings(SimTimings.realistic(), DeviceIdentity.defaultYen(), 500, 0.0, 0.5,
                RecoveryOutcome.RETURN, RecoveryOutcome.STACK, false);
    }

    /** As {@link #realistic()} with {@link SimTimings#fast()}: for tests and scripted demos. */
    public static SimulatorSettings fast() {
        return realistic().withTimings(SimTimings.fast());
    }

    static void requireProbability(double p, String what) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(what + " must be a probability from 0 to 1: " + p);
        }
    }

    public SimulatorSettings withTimings(SimTimings t) {
        return new SimulatorSettings(t, identity, stackerCapacity, randomRejectRate, stackedSkipRate, billInAcceptorOutcome,
                billInStackerOutcome, disabledAfterReinsertion);
    }

    public SimulatorSettings withIdentity(DeviceIdentity i) {
        return new SimulatorSettings(timings, i, stackerCapacity, randomRejectRate, stackedSkipRate, billInAcceptorOutcome,
                billInStackerOutcome, disabledAfterReinsertion);
    }

    public SimulatorSettings withStackerCapacity(int capacity) {
        return new SimulatorSettings(timings, identity, capacity, randomRejectRate, stackedSkipRate, billInAcceptorOutcome,
                billInStackerOutcome, disabledAfterReinsertion);
    }

    public SimulatorSettings withRandomRejectRate(double rate) {
        return new SimulatorSettings(timings, identity, stackerCapacity, rate, stackedSkipRate, billInAcceptorOutcome,
                billInStackerOutcome, disabledAfterReinsertion);
    }

    public SimulatorSettings withStackedSkipRate(double rate) {
        return new SimulatorSettings(timings, identity, stackerCapacity, randomRejectRate, rate, billInAcceptorOutcome,
                billInStackerOutcome, disabledAfterReinsertion);
    }

    public SimulatorSettings withRecovery(RecoveryOutcome inAcceptor, RecoveryOutcome inStacker) {
        return new SimulatorSettings(timings, identity, stackerCapacity, randomRejectRate, stackedSkipRate, inAcceptor, inStacker,
                disabledAfterReinsertion);
    }

    public SimulatorSettings withDisabledAfterReinsertion(boolean disabled) {
        return new SimulatorSettings(timings, identity, stackerCapacity, randomRejectRate, stackedSkipRate, billInAcceptorOutcome,
                billInStackerOutcome, disabled);
    }
}
