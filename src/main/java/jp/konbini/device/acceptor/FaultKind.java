package jp.konbini.device.acceptor;

/** Why the acceptor is out of service, in the words staff act on. */
public enum FaultKind {
    NO_ANSWER("the acceptor does not answer"),
    ECHO_LINE("the serial line echoes what the kiosk sends (adapter or wiring fault)"),
    WRONG_CURRENCY("the acceptor's currency table is not for yen"),
    STACKER_OPEN("the cash box is removed"),
    STACKER_FULL("the cash box is full"),
    JAM_IN_ACCEPTOR("a note is jammed in the acceptor"),
    JAM_IN_STACKER("a note is jammed in the stacker"),
    CHEATED("the acceptor detected a cheating attempt"),
    FAILURE("the acceptor reports a hardware failure"),
    COMMUNICATION_ERROR("the acceptor reports a communication error"),
    SETTINGS_REFUSED("the acceptor refused a setting"),
    RECONCILIATION_PENDING("a note's fate must be checked by staff"),
    LEDGER_UNAVAILABLE("the journal cannot record money");

    private final String description;

    FaultKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
