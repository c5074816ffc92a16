package jp.konbini.device.acceptor.sim;

/** Where a note ended up. */
public enum NoteFate {
    /** In the cash box: the kiosk has the money (whether or not the host was told with VEND VALID). */
    CASH_BOX,
    /** Given back to the customer after RETURN, RESET, a power-up or a cleared jam. */
    RETURNED,
    /** Given back to the customer with a reject reason (validation, inhibited, escrow timeout, host silent). */
    REJECTED
}
