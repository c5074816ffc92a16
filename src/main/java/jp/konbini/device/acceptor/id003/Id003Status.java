package jp.konbini.device.acceptor.id003;

import java.util.Optional;

/** Acceptor-to-host status codes (§1.4). */
public enum Id003Status {
    IDLING(0x11),
    ACCEPTING(0x12),
    /** Data: one escrow code; its value comes from the currency table. */
    ESCROW(0x13),
    STACKING(0x14),
    /** The credit point. Repeated until the host ACKs; carries no denomination. */
    VEND_VALID(0x15),
    STACKED(0x16),
    /** Data: one reject reason. */
    REJECTING(0x17),
    RETURNING(0x18),
    HOLDING(0x19),
    DISABLED(0x1A),
    INITIALIZE(0x1B),
    POWER_UP(0x40),
    POWER_UP_BILL_IN_ACCEPTOR(0x41),
    POWER_UP_BILL_IN_STACKER(0x42),
    STACKER_FULL(0x43),
    STACKER_OPEN(0x44),
    JAM_IN_ACCEPTOR(0x45),
    JAM_IN_STACKER(0x46),
    PAUSE(0x47),
    CHEATED(0x48),
    /** Data: one failure code. */
    FAILURE(0x49),
    COMMUNICATION_ERROR(0x4A),
    INVALID_COMMAND(0x4B),
    ACK(0x50);

    private final int code;

    Id003Status(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public Id003Frame frame(int... data) {
        return Id003Frame.of(code, data);
    }

    public boolean isPowerUp() {
        return this == POWER_UP || this == POWER_UP_BILL_IN_ACCEPTOR || this == POWER_UP_BILL_IN_STACKER;
    }

    public static Optional<Id003Status> of(int code) {
        for (Id003Status s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
