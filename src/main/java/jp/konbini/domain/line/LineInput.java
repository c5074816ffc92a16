package jp.konbini.domain.line;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises what a customer typed before any rule is applied. */
final class LineInput {

    /** Spaces, hyphens and dashes of every width, the katakana long-vowel mark, brackets and dots. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC().]");

    private LineInput() {
    }

    /** NFKC turns full-width digits, plus signs and brackets into ASCII; then separators go. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (isDigits(raw)) {
            return raw; // already clean (a stored or sent identifier): NFKC and the separators would change nothing
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return SEPARATORS.matcher(normalised).replaceAll("");
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeIccid(String cleaned) {
        return cleaned.startsWith("89") && cleaned.length() >= 15;
    }
}
