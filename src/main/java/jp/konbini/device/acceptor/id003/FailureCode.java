package jp.konbini.device.acceptor.id003;

/** Hardware failures (data byte of FAILURE 0x49, §1.5). */
public enum FailureCode {
    STACK_MOTOR(0xA2, "stack motor failure"),
    TRANSPORT_MOTOR_SPEED(0xA5, "transport motor speed failure"),
    TRANSPORT_MOTOR(0xA6, "transport motor failure"),
    SOLENOID(0xA8, "solenoid failure"),
    PB_UNIT(0xA9, "PB unit failure"),
    CASH_BOX_NOT_READY(0xAB, "cash box not ready"),
    HEAD_REMOVED(0xAF, "validator head removed"),
    BOOT_ROM(0xB0, "boot ROM failure"),
    EXTERNAL_ROM(0xB1, "external ROM failure"),
    ROM(0xB2, "ROM/RAM failure"),
    EXTERNAL_ROM_WRITE(0xB3, "external ROM write failure"),
    UNKNOWN(-1, "unknown failure");

    private final int code;
    private final String description;

    FailureCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static FailureCode of(int code) {
        for (FailureCode f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return UNKNOWN;
    }
}
