package jp.konbini.maintenance;

import java.util.List;

/**
 * A desk refused what staff asked, for a reason they can act on. The reason names a sentence in
 * the staff's texts (the screens say it in the staff's language); the message is for the log.
 */
public final class DeskRefusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why; each has a staff text {@code refusal.<name in lower case with dashes>}. */
    public enum Reason {
        /** {0}: the directory. No USB stick in, or it is read-only. */
        EXPORT_TARGET_UNWRITABLE,
        /** {0}: the top-up's number. */
        NO_RECEIPT_TO_REPRINT,
        /** {0}: the claim code. */
        CLAIM_ALREADY_PAID_OUT,
        /** {0}: the top-up's number. Only a credit or a refused top-up holds money under a claim code. */
        NOTHING_HELD_UNDER_THE_CLAIM,
        /** {0}: the longest reason. */
        OUT_OF_SERVICE_REASON_TOO_LONG,
        /** {0}: the note; {1}: the highest count. */
        COUNT_OUT_OF_RANGE;

        public String textKey() {
            return "refusal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final transient List<Object> args;

    DeskRefusal(Reason reason, String message, Object... args) {
        super(message);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The values the staff text fills in, in order. */
    public Object[] args() {
        return args.toArray();
    }
}
