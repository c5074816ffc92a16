package jp.konbini.domain.line;

/**
 * Why a phone number or ICCID was refused. Each reason has a resource-bundle key so the customer
 * reads it in their own language, and an English description for logs and technicians.
 */
public enum LineIdError {
    EMPTY("line.error.empty", "nothing was entered"),
    INVALID_CHARACTERS("line.error.invalidCharacters", "only digits, spaces and hyphens are allowed"),
    FOREIGN_NUMBER("line.error.foreignNumber", "not a Japanese phone number"),
    NOT_MOBILE("line.error.notMobile", "not a mobile number (060, 070, 080, 090 or 020)"),
    WRONG_LENGTH("line.error.wrongLength", "a mobile number has 11 digits (020 numbers: 11 or 14)"),
    EID_NOT_ICCID("line.error.eidNotIccid", "this is an eSIM EID (32 digits), not the ICCID"),
    ICCID_WRONG_LENGTH("line.error.iccidWrongLength", "an ICCID has 18 to 22 digits"),
    WRONG_CHECK_DIGIT("line.error.wrongCheckDigit", "the ICCID check digit does not match; a digit is wrong"),
    NOT_JAPANESE_SIM("line.error.notJapaneseSim", "not a Japanese SIM (a Japanese ICCID starts with 8981)");

    private final String messageKey;
    private final String description;

    LineIdError(String messageKey, String description) {
        this.messageKey = messageKey;
        this.description = description;
    }

    public String messageKey() {
        return messageKey;
    }

    public String description() {
        return description;
    }
}
