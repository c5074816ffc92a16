package jp.konbini.domain.line;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.regex.Pattern;

/**
 * A Japanese mobile number: 060/070/080/090 + 8 digits (voice) or 020 + 8 or 11 digits (M2M/data).
 * Stored in national form ({@code 09012345678}); {@link #e164()} gives {@code +819012345678}.
 */
public record PhoneNumber(String digits) implements LineId {

    private static final Pattern VOICE = Pattern.compile("0[6789]0\\d{8}");
    private static final Pattern DATA = Pattern.compile("020(\\d{8}|\\d{11})");
    private static final Pattern VOICE_WITHOUT_TRUNK_ZERO = Pattern.compile("[6789]0\\d{8}");
    private static final Pattern MOBILE_PREFIX = Pattern.compile("0[26789]0");

    public PhoneNumber {
        if (!VOICE.matcher(digits).matches() && !DATA.matcher(digits).matches()) {
            throw new InvalidLineIdException(LineIdError.NOT_MOBILE, "not a national mobile number: " + digits);
        }
    }

    /**
     * Accepts full-width digits, spaces, hyphens and the {@code +81}, {@code 0081} or {@code 81}
     * country prefix; refuses anything that is not a Japanese mobile number, saying why.
     */
    public static PhoneNumber parse(String raw) {
        String s = LineInput.clean(raw);
        if (s.isEmpty()) {
            throw new InvalidLineIdException(LineIdError.EMPTY);
        }
        String national = toNational(s);
        if (!LineInput.isDigits(national)) {
            throw new InvalidLineIdException(LineIdError.INVALID_CHARACTERS);
        }
        if (VOICE.matcher(national).matches() || DATA.matcher(national).matches()) {
            return new PhoneNumber(national);
        }
        if (VOICE_WITHOUT_TRUNK_ZERO.matcher(national).matches()) {
            // "90 1234 5678": the international habit of dropping the trunk zero; read back before use.
            return new PhoneNumber("0" + national);
        }
        if (national.startsWith("0") && !MOBILE_PREFIX.matcher(national).lookingAt()) {
            throw new InvalidLineIdException(LineIdError.NOT_MOBILE);
        }
        throw new InvalidLineIdException(LineIdError.WRONG_LENGTH);
    }

    private static String toNational(String s) {
        String international = null;
        if (s.startsWith("+")) {
            international = s.substring(1);
        } else if (s.startsWith("0081")) {
            international = s.substring(2);
        } else if (s.startsWith("81") && (s.length() == 12 || s.length() == 15)) {
            international = s;
        }
        if (international == null) {
            return s;
        }
        if (!international.startsWith("81")) {
            throw foreign("+" + international);
        }
        String rest = international.substring(2);
        // "+81 090 ..." repeats the trunk zero; the intent is unambiguous.
        return rest.startsWith("0") ? rest : "0" + rest;
    }

    private static InvalidLineIdException foreign(String international) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            String region = util.getRegionCodeForCountryCode(util.parse(international, "ZZ").getCountryCode());
            String where = region == null || region.equals("ZZ") ? "another country" : region;
            return new InvalidLineIdException(LineIdError.FOREIGN_NUMBER, "a phone number from " + where + ", not Japan");
        } catch (NumberParseException e) {
            return new InvalidLineIdException(LineIdError.FOREIGN_NUMBER);
        }
    }

    @Override
    public Kind kind() {
        return Kind.PHONE;
    }

    public String e164() {
        return "+81" + digits.substring(1);
    }

    /** {@code 090-1234-5678}; a 14-digit 020 number as {@code 020-1234-5678-901}. */
    @Override
    public String grouped() {
        String base = digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7, 11);
        return digits.length() == 11 ? base : base + "-" + digits.substring(11);
    }

    /** {@code 090-****-5678}: the prefix and the last four digits, the grouping kept. */
    @Override
    public String masked() {
        String grouped = grouped();
        StringBuilder out = new StringBuilder(grouped.length());
        int digitIndex = 0;
        int total = digits.length();
        for (char c : grouped.toCharArray()) {
            if (c == '-') {
                out.append(c);
                continue;
            }
            boolean visible = digitIndex < 3 || digitIndex >= total - 4;
            out.append(visible ? c : '*');
            digitIndex++;
        }
        return out.toString();
    }

    @Override
    public Network networkHint() {
        return Network.UNKNOWN;
    }

    @Override
    public String toString() {
        return masked();
    }
}
