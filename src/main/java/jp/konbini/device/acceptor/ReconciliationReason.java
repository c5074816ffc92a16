package jp.konbini.device.acceptor;

/** Why a note's fate could not be known from the device and is left to staff. */
public enum ReconciliationReason {
    /** STACK was sent and the stacker jammed before the credit point. */
    JAM_IN_STACKER_AFTER_STACK,
    /** The acceptor powered up with a note in the acceptor head (returned or stacked at RESET: undocumented). */
    POWER_UP_WITH_NOTE_IN_ACCEPTOR,
    /** The acceptor powered up with a note in the stacker path. */
    POWER_UP_WITH_NOTE_IN_STACKER,
    /** The acceptor lost power after STACK was sent, before the credit point. */
    POWER_LOST_AFTER_STACK,
    /** The cash box was removed after STACK was sent, before the credit point. */
    STACKER_OPENED_AFTER_STACK,
    /** The acceptor reported cheating while a note was being stacked. */
    CHEATED_AFTER_STACK,
    /** A credit point arrived for a note the kiosk has no record of (its value is unknown). */
    CREDIT_WITHOUT_PENDING_NOTE
}
