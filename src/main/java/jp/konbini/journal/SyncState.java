package jp.konbini.journal;

/** Where a closed record is in its way to the central server. */
public enum SyncState {
    /** Not yet named in a server answer: it is (re)sent, always with the same UUID. */
    PENDING,
    /** The server's answer named it and its outcome is recorded. Never sent again. */
    SYNCED,
    /** The server refused to store it (e.g. its UUID is known with another body): a technician must look. */
    REJECTED
}
