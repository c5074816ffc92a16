package jp.konbini.device.serial;

/** The line cannot be used: not opened, unplugged, or closed under us. Drivers reconnect on it. */
public final class SerialLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SerialLinkException(String message) {
        super(message);
    }

    public SerialLinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
