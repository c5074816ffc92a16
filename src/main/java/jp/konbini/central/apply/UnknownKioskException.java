package jp.konbini.central.apply;

/** A batch for a kiosk that is not registered. */
public final class UnknownKioskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownKioskException(String kioskId) {
        super("unknown kiosk " + kioskId);
    }
}
