package jp.konbini.device.printer.sim;

import jp.konbini.device.printer.escpos.CapabilityProfile;

/**
 * How the simulated printer behaves on the wire and on paper.
 *
 * @param paceAtBaud          take bytes no faster than the profile's line carries them (a pty has no speed of its own)
 * @param printSpeedMmPerSecond head speed; 0 prints instantly (the line is then the only limit)
 * @param receiveBufferBytes  the bounded receive buffer
 * @param strict              record unknown commands and misplaced ones as problems (tests assert there are none)
 */
public record SimulatorOptions(boolean paceAtBaud, double printSpeedMmPerSecond, int receiveBufferBytes, boolean strict) {

    /** As the profile's printer: paced at its baud rate, its head speed and buffer. */
    public static SimulatorOptions like(CapabilityProfile profile) {
        return new SimulatorOptions(true, profile.printSpeedMmPerSecond(), profile.receiveBufferBytes(), true);
    }

    /** The same printer printing instantly (only the line limits the time a job takes). */
    public SimulatorOptions instantPrint() {
        return new SimulatorOptions(paceAtBaud, 0, receiveBufferBytes, strict);
    }

    /** Not paced: bytes are taken as fast as they arrive (unit tests over an in-memory line). */
    public SimulatorOptions unpaced() {
        return new SimulatorOptions(false, printSpeedMmPerSecond, receiveBufferBytes, strict);
    }

    public SimulatorOptions withPrintSpeed(double mmPerSecond) {
        return new SimulatorOptions(paceAtBaud, mmPerSecond, receiveBufferBytes, strict);
    }

    public SimulatorOptions withReceiveBuffer(int bytes) {
        return new SimulatorOptions(paceAtBaud, printSpeedMmPerSecond, bytes, strict);
    }
}
