package jp.konbini.domain.topup;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code printed on a pending or credit receipt that lets staff find the transaction and settle
 * it: eight symbols plus a check symbol, shown as {@code K7QH-9M2D-X}. The 31 symbols are
 * Crockford's base-32 alphabet without Z (no I, L, O or U either), so a weighted check modulo the
 * prime 31 catches every single mistyped symbol and every swap of two neighbours.
 */
public record ClaimCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    private static final int DATA_LENGTH = 8;
    /** The characters a claim code is made of, for a keypad that types one. */
    public static String alphabet() {
        return ALPHABET;
    }

    private static final Pattern FORM = Pattern.compile("[0-9A-HJKMNP-TV-Y]{9}");

    public ClaimCode {
        if (value == null || !FORM.matcher(value).matches() || checkSymbol(value.substring(0, DATA_LENGTH)) != value.charAt(DATA_LENGTH)) {
            throw new IllegalArgumentException("not a claim code: " + value);
        }
    }

    public static ClaimCode random(RandomGenerator random) {
        StringBuilder data = new StringBuilder(DATA_LENGTH + 1);
        for (int i = 0; i < DATA_LENGTH; i++) {
            data.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ClaimCode(data.append(checkSymbol(data)).toString());
    }

    /** Reads what staff typed: case, hyphens and spaces are ignored; O, I and L read as 0, 1 and 1. */
    public static ClaimCode parse(String typed) {
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return new ClaimCode(s);
    }

    /** Weights 1..8 and symbol values 0..30 are all below the prime 31, so no single error cancels out. */
    private static char checkSymbol(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(data.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    /** {@code K7QH-9M2D-X}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return display();
    }
}
