package jp.konbini.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.acceptor.id003.Id003Settings;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.PtyAcceptorSimulator;
import jp.konbini.device.acceptor.sim.SimulatorSettings;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.PseudoTerminal;
import jp.konbini.device.serial.SerialPortSpec;

/**
 * The note acceptor and receipt printer simulators, each on its own pseudo-terminal, speaking the
 * real byte protocols: the kiosk's drivers open them through jSerialComm exactly as they would
 * open the real devices. Used by {@code demo} and {@code burn-in}.
 */
final class SimulatedDevices implements AutoCloseable {

    /** How fast the simulated devices move. */
    enum Pace {
        /** A real unit's seconds (the demo: what a customer would see). */
        REALISTIC,
        /** Milliseconds (burn-in: many sessions quickly; the protocol is the same). */
        FAST
    }

    private final AcceptorSimulator acceptor;
    private final PtyAcceptorSimulator acceptorPort;
    private final PseudoTerminal printerPty;
    private final PrinterSimulator printer;
    private final KioskDevices devices;

    private SimulatedDevices(AcceptorSimulator acceptor, PtyAcceptorSimulator acceptorPort, PseudoTerminal printerPty,
                             PrinterSimulator printer, KioskDevices devices) {
        this.acceptor = acceptor;
        this.acceptorPort = acceptorPort;
        this.printerPty = printerPty;
        this.printer = printer;
        this.devices = devices;
    }

    /**
     * @param acceptorProfile the acceptor's profile (line settings and driver timings)
     * @param printerProfile  the printer's profile; the simulator behaves like that model
     */
    static SimulatedDevices start(Path acceptorProfile, Path printerProfile, Pace pace, long seed) {
        Id003Profile id003 = Id003Profile.load(acceptorProfile);
        CapabilityProfile escpos = CapabilityProfiles.load(printerProfile);
        SimulatorSettings simSettings = (pace == Pace.FAST ? SimulatorSettings.fast() : SimulatorSettings.realistic())
                .withStackerCapacity(100_000);
        AcceptorSimulator acceptor = new AcceptorSimulator("kiosk", simSettings, new SplittableRandom(seed));
        PtyAcceptorSimulator acceptorPort = PtyAcceptorSimulator.start(acceptor, Optional.empty());
        PseudoTerminal printerPty = PseudoTerminal.create();
        SimulatorOptions options = SimulatorOptions.like(escpos);
        if (pace == Pace.FAST) {
            options = options.unpaced().instantPrint();
        }
        PrinterSimulator printer = PrinterSimulator.start(printerPty, escpos, options);
        Id003Settings driver = pace == Pace.FAST
                ? id003.settings().withPollInterval(Duration.ofMillis(5)).withReconnectDelay(Duration.ofMillis(200))
                : id003.settings();
        SerialPortSpec acceptorSpec = SerialPortSpec.of(acceptorPort.portPath());
        SerialPortSpec printerSpec = SerialPortSpec.of(printerPty.devicePath());
        KioskDevices devices = new KioskDevices(() -> JSerialCommLink.open(acceptorSpec, id003.line()), driver,
                () -> JSerialCommLink.open(printerSpec, escpos.line()), escpos);
        return new SimulatedDevices(acceptor, acceptorPort, printerPty, printer, devices);
    }

    KioskDevices devices() {
        return devices;
    }

    /** The acceptor simulator's pseudo-terminal, to configure as a kiosk's acceptor port. */
    String acceptorPort() {
        return acceptorPort.portPath();
    }

    /** The printer simulator's pseudo-terminal. */
    String printerPort() {
        return printerPty.devicePath();
    }

    AcceptorSimulator acceptor() {
        return acceptor;
    }

    PrinterSimulator printer() {
        return printer;
    }

    @Override
    public void close() {
        acceptorPort.close();
        printer.close();
        printerPty.close();
    }
}
