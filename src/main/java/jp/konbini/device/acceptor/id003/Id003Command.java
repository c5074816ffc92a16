package jp.konbini.device.acceptor.id003;

import java.util.Optional;

/** Host-to-acceptor command codes, with the kind of reply each one gets (§1.3). */
public enum Id003Command {
    STATUS_REQUEST(0x11, Reply.STATUS),
    RESET(0x40, Reply.ACK),
    STACK_1(0x41, Reply.ACK),
    STACK_2(0x42, Reply.ACK),
    RETURN(0x43, Reply.ACK),
    HOLD(0x44, Reply.ACK),
    WAIT(0x45, Reply.ACK),
    ACK(0x50, Reply.NONE),
    SET_DENOMINATIONS(0xC0, Reply.ECHO),
    SET_SECURITY(0xC1, Reply.ECHO),
    SET_COMMUNICATION_MODE(0xC2, Reply.ECHO),
    SET_INHIBIT(0xC3, Reply.ECHO),
    SET_DIRECTION(0xC4, Reply.ECHO),
    SET_OPTIONAL_FUNCTION(0xC5, Reply.ECHO),
    SET_BARCODE_FUNCTION(0xC6, Reply.ECHO),
    SET_BAR_INHIBIT(0xC7, Reply.ECHO),
    GET_DENOMINATIONS(0x80, Reply.DATA),
    GET_SECURITY(0x81, Reply.DATA),
    GET_INHIBIT(0x83, Reply.DATA),
    GET_DIRECTION(0x84, Reply.DATA),
    GET_OPTIONAL_FUNCTION(0x85, Reply.DATA),
    GET_BARCODE_FUNCTION(0x86, Reply.DATA),
    GET_BAR_INHIBIT(0x87, Reply.DATA),
    GET_VERSION(0x88, Reply.DATA),
    GET_BOOT_VERSION(0x89, Reply.DATA),
    GET_CURRENCY_ASSIGN(0x8A, Reply.DATA),
    GET_SERIAL_NUMBER(0x91, Reply.DATA);

    /** What the acceptor answers to a command. */
    public enum Reply {
        /** A status frame (only STATUS REQUEST). */
        STATUS,
        /** ACK (0x50). */
        ACK,
        /** The very frame that was sent (setting commands). */
        ECHO,
        /** The same code followed by data (requests for settings and information). */
        DATA,
        /** Nothing (the host's ACK of VEND VALID). */
        NONE
    }

    private final int code;
    private final Reply reply;

    Id003Command(int code, Reply reply) {
        this.code = code;
        this.reply = reply;
    }

    public int code() {
        return code;
    }

    public Reply reply() {
        return reply;
    }

    public Id003Frame frame(int... data) {
        return Id003Frame.of(code, data);
    }

    public static Optional<Id003Command> of(int code) {
        for (Id003Command c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
