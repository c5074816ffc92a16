package jp.konbini.maintenance;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PIN as it is stored: PBKDF2-HMAC-SHA256 with its own random salt and iteration count, written
 * {@code pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>}. The PIN itself is never stored,
 * logged or kept after checking.
 */
public final class PinHash {

    /** About 0.1 s per check on a kiosk-class CPU: slow for a guesser with the file, fast enough for a keypad. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PinHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static PinHash of(char[] pin, int iterations, SecureRandom random) {
        requireWellFormed(pin);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** @throws IllegalArgumentException naming what is wrong with the stored text (never echoing it whole) */
    public static PinHash parse(String stored) {
        String[] p = stored.trim().split(":");
        if (p.length != 4 || !p[0].equals(SCHEME)) {
            throw new IllegalArgumentException("a PIN hash is " + SCHEME + ":<iterations>:<salt>:<hash>");
        }
        try {
            int iterations = Integer.parseInt(p[1]);
            byte[] salt = Base64.getDecoder().decode(p[2]);
            byte[] hash = Base64.getDecoder().decode(p[3]);
            if (iterations < 10_000 || salt.length < 8 || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("a PIN hash needs at least 10,000 iterations, an 8-byte salt and a 32-byte hash");
            }
            return new PinHash(iterations, salt, hash);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count of a PIN hash is a number", e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("a PIN hash")) {
                throw e;
            }
            throw new IllegalArgumentException("the salt and hash of a PIN hash are base64", e);
        }
    }

    /** Whether {@code pin} is this PIN; compared in constant time. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    @Override
    public String toString() {
        return SCHEME + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
    }

    /** A PIN is 4 to 12 digits: what a keypad can enter. */
    public static void requireWellFormed(char[] pin) {
        if (pin.length < 4 || pin.length > 12) {
            throw new IllegalArgumentException("a PIN has 4 to 12 digits");
        }
        for (char ch : pin) {
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("a PIN has digits only");
            }
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
