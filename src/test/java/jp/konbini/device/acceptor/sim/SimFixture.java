package jp.konbini.device.acceptor.sim;

import java.util.Optional;
import java.util.SplittableRandom;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialPortSpec;

/** A started simulator and a {@link TestHost} on the other end of a fresh line: a new pseudo-terminal through jSerialComm, or the in-memory line. */
final class SimFixture implements AutoCloseable {

    enum Transport { MEMORY, PTY }

    final AcceptorSimulator sim;
    final TestHost host;
    private final AutoCloseable owner;

    private SimFixture(AcceptorSimulator sim, TestHost host, AutoCloseable owner) {
        this.sim = sim;
        this.host = host;
        this.owner = owner;
    }

    static SimFixture start(Transport transport, SimulatorSettings settings) {
        return start(transport, settings, 42);
    }

    static SimFixture start(Transport transport, SimulatorSettings settings, long seed) {
        AcceptorSimulator sim = new AcceptorSimulator("test-" + transport.name().toLowerCase(), settings, new SplittableRandom(seed));
        if (transport == Transport.PTY) {
            PtyAcceptorSimulator pty = PtyAcceptorSimulator.start(sim, Optional.empty());
            TestHost host = new TestHost(JSerialCommLink.open(SerialPortSpec.of(pty.portPath()), TestHost.ID003_LINE));
            return new SimFixture(sim, host, pty);
        }
        InMemorySerialLine line = new InMemorySerialLine();
        sim.plugIn(line.device());
        sim.start();
        return new SimFixture(sim, new TestHost(line.host()), () -> {
            sim.close();
            line.unplug();
        });
    }

    @Override
    public void close() throws Exception {
        host.close();
        owner.close();
    }
}
