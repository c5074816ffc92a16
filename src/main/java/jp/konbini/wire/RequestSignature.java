package jp.konbini.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a kiosk signs a request and the server checks it: HMAC-SHA256 with the kiosk's secret over
 * the method, the path, the kiosk id, the timestamp, the nonce and the SHA-256 of the body, one per
 * line. The timestamp bounds how long a captured request stays usable; the nonce makes even that
 * window single-use. Query strings are not signed, so no endpoint reads one.
 */
public final class RequestSignature {

    public static final String KIOSK_HEADER = "X-Konbini-Kiosk";
    public static final String TIMESTAMP_HEADER = "X-Konbini-Timestamp";
    public static final String NONCE_HEADER = "X-Konbini-Nonce";
    public static final String SIGNATURE_HEADER = "X-Konbini-Signature";

    private static final String SCHEME = "KONBINI-HMAC-SHA256";
    private static final HexFormat HEX = HexFormat.of();

    private RequestSignature() {
    }

    /**
     * The signature, lower-case hex.
     *
     * @param epochSeconds the request time, seconds since the epoch
     */
    public static String sign(byte[] secret, String method, String path, String kioskId, long epochSeconds, String nonce, byte[] body) {
        String canonical = String.join("\n", SCHEME, method.toUpperCase(Locale.ROOT), path, kioskId,
                Long.toString(epochSeconds), nonce, HEX.formatHex(sha256(body)));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the comparison leaks nothing about how much of a forgery was right. */
    public static boolean matches(String expected, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
