package jp.konbini.device.acceptor.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.konbini.device.serial.PseudoTerminal;

/**
 * An {@link AcceptorSimulator} on a new pseudo-terminal, which it owns. With a stable name (a
 * symbolic link, as udev gives a real acceptor) a replug creates a new terminal under the same
 * name: a pseudo-terminal cannot be opened twice with even parity (platform-notes §3), so a host
 * that reconnects, or a host process that restarts, needs a fresh one.
 */
public final class PtyAcceptorSimulator implements PortControl, AutoCloseable {

    private final AcceptorSimulator simulator;
    private final Optional<Path> stableName;
    private PseudoTerminal pty;

    private PtyAcceptorSimulator(AcceptorSimulator simulator, Optional<Path> stableName) {
        this.simulator = simulator;
        this.stableName = stableName;
    }

    /** Creates the terminal (and the stable name, if given), plugs {@code simulator} in and starts it. */
    public static PtyAcceptorSimulator start(AcceptorSimulator simulator, Optional<Path> stableName) {
        PtyAcceptorSimulator port = new PtyAcceptorSimulator(simulator, stableName);
        port.replug();
        simulator.start();
        return port;
    }

    public AcceptorSimulator simulator() {
        return simulator;
    }

    @Override
    public synchronized String portPath() {
        return stableName.map(Path::toString).orElseGet(this::devicePath);
    }

    /** The terminal's own path ({@code /dev/pts/N}); empty while unplugged. */
    public synchronized String devicePath() {
        return pty == null ? "" : pty.devicePath();
    }

    @Override
    public synchronized void unplug() {
        if (pty != null) {
            simulator.unplug();
            pty.close();
            pty = null;
        }
    }

    @Override
    public synchronized void replug() {
        unplug();
        pty = PseudoTerminal.create();
        stableName.ifPresent(pty::linkAs);
        simulator.plugIn(pty);
    }

    /** Stops the simulator, closes the terminal and removes the stable name. */
    @Override
    public synchronized void close() {
        simulator.close();
        unplug();
        if (stableName.isPresent()) {
            try {
                Files.deleteIfExists(stableName.get());
            } catch (IOException e) {
                // a stale link is harmless: the next start replaces it
            }
        }
    }
}
