package jp.konbini.flow;

/** What moves the session from one {@link Screen} to the next. */
enum SessionTrigger {
    /** Recovery of the previous run is done. */
    RECOVERED,
    /** Something the kiosk needs to serve a customer failed (printer, acceptor, journal, bounds, staff). */
    SERVICE_LOST,
    /** Everything is back. */
    SERVICE_RESTORED,
    START,
    LANGUAGE_CHOSEN,
    LINE_ACCEPTED,
    CONFIRM,
    BACK,
    PRODUCT_CHOSEN,
    /** The order is journalled and the acceptor takes notes. */
    CASH_OPENED,
    PAID_IN_FULL,
    /** Cancel asked with money in: the customer decides. */
    CANCEL_ASKED,
    GO_ON_PAYING,
    /** The session is over (no money in, or its result shown): back to the attract screen. */
    ENDED,
    /** The session ended with money held under the claim code. */
    CREDIT_HELD,
    /** The central server answered (or the wait ended). */
    CONFIRMED,
    /** The end of a session with money in could not be journalled: staff must help. */
    STAFF_NEEDED,
    MAINTENANCE_ENTERED,
    MAINTENANCE_LEFT
}
