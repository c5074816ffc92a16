package jp.konbini.device.acceptor.sim;

/** What the unit does with a host frame whose CRC fails; the real behaviour is UNVERIFIED (reference §6.1). */
public enum BadCrcPolicy {
    /** Ignore it: the host times out and retries. */
    NO_REPLY,
    /** Answer COMMUNICATION ERROR (0x4A). */
    COMMUNICATION_ERROR,
    /** Act on it as if the CRC were right (the frame's code and data, corrupted or not). */
    REPLY_ANYWAY
}
