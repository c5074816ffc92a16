package jp.konbini.ui.model;

/**
 * Groups the digits as they are typed, the way the number is printed: a phone number 3-4-4 (a
 * 14-digit 020 number 3-4-4-3), an ICCID (starts with 89) in fours. The flow's read-back of the
 * validated number uses the domain's own grouping; this only helps while typing.
 */
public final class EntryGrouping {

    private EntryGrouping() {
    }

    public static String group(String digits) {
        if (digits.startsWith("89") && digits.length() > 11) {
            return inFours(digits);
        }
        StringBuilder out = new StringBuilder(digits.length() + 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i == 3 || i == 7 || i == 11) {
                out.append('-');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String inFours(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
