package jp.konbini.device.acceptor.sim;

/** A fault applied to one reply on its way to the host (reference §6.1). The unit has already acted on the command. */
public enum ReplyFault {
    NONE,
    /** One bit flipped after the LNG byte, so the CRC fails. */
    CORRUPT,
    /** Not sent at all. */
    DROP,
    /** 1 to 8 random bytes (never SYNC) before the frame, in the same write. */
    GARBAGE,
    /** Written in 2 or 3 pieces with a gap ({@link LinkFaults#splitGap()}) between them. */
    SPLIT,
    /** Held back and written together with the next reply, in one write (a late reply). */
    JOIN,
    /** Only the first part of the frame is written. */
    TRUNCATE,
    /** Sent {@link LinkFaults#slowDelay()} late, usually after the host gave up waiting. */
    SLOW
}
