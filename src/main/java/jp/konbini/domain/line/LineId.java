package jp.konbini.domain.line;

/**
 * What the customer's top-up is applied to: a Japanese mobile phone number or a SIM's ICCID.
 * Always validated; once constructed it is known to be well formed.
 */
public sealed interface LineId permits PhoneNumber, Iccid {

    enum Kind { PHONE, ICCID }

    Kind kind();

    /** The canonical digits: a national phone number ({@code 09012345678}) or the ICCID digits. */
    String digits();

    /** The form read back to the customer for confirmation, e.g. {@code 090-1234-5678}. */
    String grouped();

    /** The form printed on receipts and shown in logs: enough to recognise, not enough to reuse. */
    String masked();

    /** The network the line is on, where the identifier tells it; phone numbers never do (portability). */
    Network networkHint();

    /**
     * Reads what a customer typed. Input that looks like an ICCID (starts with 89 and is long) is
     * read as one; anything else as a phone number.
     *
     * @throws InvalidLineIdException with the precise reason when the input is not acceptable
     */
    static LineId parse(String raw) {
        String cleaned = LineInput.clean(raw);
        if (LineInput.looksLikeIccid(cleaned)) {
            return Iccid.parse(raw);
        }
        return PhoneNumber.parse(raw);
    }

    /** Rebuilds a stored identifier, validating it again. */
    static LineId of(Kind kind, String digits) {
        return switch (kind) {
            case PHONE -> PhoneNumber.parse(digits);
            case ICCID -> Iccid.parse(digits);
        };
    }
}
