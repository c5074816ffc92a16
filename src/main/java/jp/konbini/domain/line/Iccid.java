package jp.konbini.domain.line;

/**
 * A Japanese SIM's ICCID (ITU-T E.118): {@code 89} + country {@code 81} + issuer + account +
 * one Luhn check digit, 18 to 22 digits. The issuer digits hint at the network.
 */
public record Iccid(String digits) implements LineId {

    private static final int EID_LENGTH = 32;

    public Iccid {
        if (!LineInput.isDigits(digits) || digits.length() < 18 || digits.length() > 22
                || !luhnValid(digits) || !digits.startsWith("8981")) {
            throw new InvalidLineIdException(LineIdError.WRONG_CHECK_DIGIT, "not a valid Japanese ICCID: " + digits);
        }
    }

    /**
     * Strips spaces and hyphens, drops one trailing {@code F} (the pad nibble some readers return),
     * then checks digits, length, the Luhn check digit and the Japanese prefix, in that order.
     */
    public static Iccid parse(String raw) {
        String s = LineInput.clean(raw);
        if (s.isEmpty()) {
            throw new InvalidLineIdException(LineIdError.EMPTY);
        }
        if (s.endsWith("F") || s.endsWith("f")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!LineInput.isDigits(s)) {
            throw new InvalidLineIdException(LineIdError.INVALID_CHARACTERS);
        }
        if (s.length() == EID_LENGTH && s.startsWith("89")) {
            throw new InvalidLineIdException(LineIdError.EID_NOT_ICCID);
        }
        if (s.length() < 18 || s.length() > 22) {
            throw new InvalidLineIdException(LineIdError.ICCID_WRONG_LENGTH);
        }
        if (!luhnValid(s)) {
            throw new InvalidLineIdException(LineIdError.WRONG_CHECK_DIGIT);
        }
        if (!s.startsWith("8981")) {
            throw new InvalidLineIdException(LineIdError.NOT_JAPANESE_SIM);
        }
        return new Iccid(s);
    }

    /** Luhn (ISO/IEC 7812): double every second digit from the right, check digit included in the sum. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    @Override
    public Kind kind() {
        return Kind.ICCID;
    }

    /** Most Japanese SIMs print 19 or 20 digits; other lengths are legal but worth a second look. */
    public boolean unusualLength() {
        return digits.length() != 19 && digits.length() != 20;
    }

    /** Groups of four from the left: {@code 8981 1000 1234 5678 9019}. */
    @Override
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** Only the last four digits: {@code ****9019}. */
    @Override
    public String masked() {
        return "****" + digits.substring(digits.length() - 4);
    }

    @Override
    public Network networkHint() {
        return Network.fromIccidIssuer(digits.substring(4, 7));
    }

    @Override
    public String toString() {
        return masked();
    }
}
