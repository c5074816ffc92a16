package jp.konbini.device.acceptor.id003;

/** Why the acceptor gave a note back (data byte of REJECTING 0x17, §1.5). */
public enum RejectReason {
    INSERTION(0x71, "insertion error (skewed note)"),
    MAGNETIC_PATTERN(0x72, "magnetic pattern error"),
    SENSED_WHILE_IDLE(0x73, "something sensed while idle / note left in the head"),
    DATA_AMPLITUDE(0x74, "data amplitude or calibration error"),
    FEED(0x75, "feed or conveying error"),
    DENOMINATION(0x76, "denomination could not be determined"),
    PHOTO_PATTERN(0x77, "photo pattern error"),
    PHOTO_LEVEL(0x78, "photo level error (dirty or double notes)"),
    INHIBITED(0x79, "inhibited, or no host decision in time (escrow timeout)"),
    RESERVED(0x7A, "reserved"),
    OPERATION(0x7B, "operation error"),
    TRANSPORT_TIMING(0x7C, "note in the transport at the wrong time"),
    LENGTH(0x7D, "length error"),
    COLOUR_PATTERN(0x7E, "photo or colour pattern error"),
    TRUE_BILL_FEATURE(0x7F, "true-bill feature error"),
    MULTIPLE_NOTES(0x98, "several notes inserted"),
    TICKET_UPSIDE_DOWN(0x9B, "ticket upside down"),
    UNKNOWN(-1, "unknown reason");

    private final int code;
    private final String description;

    RejectReason(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static RejectReason of(int code) {
        for (RejectReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        return UNKNOWN;
    }
}
