package jp.konbini.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import jp.konbini.config.ConfigException;

/** Reads the kiosk's signing secret: the base64 text {@code central register-kiosk --secret-out} wrote. */
public final class KioskSecret {

    private KioskSecret() {
    }

    /** @throws ConfigException when the file is missing, unreadable or does not hold at least 128 bits */
    public static byte[] read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw ConfigException.ofFile(file, "cannot be read (" + e.getMessage() + ")",
                    "the kiosk's secret file, as written by central register-kiosk --secret-out");
        }
        try {
            byte[] secret = Base64.getDecoder().decode(text);
            if (secret.length >= 16) {
                return secret;
            }
        } catch (IllegalArgumentException e) {
            // Reported below with the form expected.
        }
        throw ConfigException.ofFile(file, "does not hold a secret", "one line of base64 with at least 128 bits, as written by central register-kiosk");
    }
}
