package jp.konbini.app;

import java.util.random.RandomGenerator;

/** Valid customer line numbers for burn-in: mobile numbers and ICCIDs (with a correct Luhn digit). */
final class RandomLines {

    private static final String[] MOBILE_PREFIXES = {"070", "080", "090"};
    private static final String[] ICCID_ISSUERS = {"100", "200", "300"};

    private RandomLines() {
    }

    static String mobile(RandomGenerator random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(random, 8);
    }

    /** A 19-digit Japanese ICCID: 89 81, an issuer, an account number and the Luhn check digit. */
    static String iccid(RandomGenerator random) {
        String body = "8981" + ICCID_ISSUERS[random.nextInt(ICCID_ISSUERS.length)] + digits(random, 11);
        return body + luhnDigit(body);
    }

    private static String digits(RandomGenerator random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    static int luhnDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
