package jp.konbini.device.acceptor.sim;

/** The cable between simulator and host: pull it, plug it back in. */
public interface PortControl {

    /** The path the host opens (a stable name when one was given). */
    String portPath();

    /** The host's port disappears, as when a USB adapter is pulled. */
    void unplug();

    /** A new port appears (under the same stable name, if any) and the unit is on it again. */
    void replug();
}
