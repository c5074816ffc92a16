package jp.konbini.device.acceptor.sim;

/**
 * What the unit does, on the RESET after a power-up, with a note it found in its path (POWER UP
 * 0x41 or 0x42). The real behaviour is UNVERIFIED (reference §1.4, §6.2); decision 0031 records the
 * defaults: a note in the acceptor is returned, a note in the stacker is stacked without VEND VALID.
 */
public enum RecoveryOutcome {
    /** Given back to the customer. */
    RETURN,
    /** Pushed into the cash box, without a VEND VALID: the host never learns it as money. */
    STACK,
    /** Stacked with STACKING and a VEND VALID the host must ACK, before INITIALIZE (the CIM-ARM hint, §1.8 step 6). */
    STACK_WITH_VEND_VALID
}
