package jp.konbini.journal;

/** The central server's answer for one record, as the journal records it. */
public enum ServerOutcome {
    /** Applied to the line: the top-up becomes APPLIED with the new expiry. */
    APPLIED,
    /** The carrier refused it: the top-up becomes REFUSED, a refund claim under its claim code. */
    REFUSED,
    /** A cancelled or abandoned session the server now holds; nothing changes on the kiosk. */
    RECORDED,
    /** The server would not store it; the record leaves the queue and is reported. */
    REJECTED
}
