package jp.konbini.config;

import java.nio.file.Path;

/**
 * A configuration file or value the kiosk cannot start with. The message names the file, the key,
 * the value found and the form expected, so whoever installs the kiosk can fix it without a manual.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String key;
    private final String value;
    private final String expected;

    public ConfigException(Path file, String key, String value, String expected) {
        super(describe(file, key, value, expected));
        this.file = file;
        this.key = key;
        this.value = value;
        this.expected = expected;
    }

    /** A problem with the file as a whole (missing, unreadable, not valid JSON). */
    public static ConfigException ofFile(Path file, String problem, String expected) {
        return new ConfigException(file, null, problem, expected);
    }

    private static String describe(Path file, String key, String value, String expected) {
        StringBuilder m = new StringBuilder(String.valueOf(file));
        if (key != null) {
            m.append(": key '").append(key).append('\'');
            m.append(value == null ? " is missing" : " has value '" + value + "'");
        } else if (value != null) {
            m.append(": ").append(value);
        }
        return m.append("; expected ").append(expected).toString();
    }

    public Path file() {
        return file;
    }

    /** The key (for JSON, a path such as {@code products[2].priceYen}); null for whole-file problems. */
    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String expected() {
        return expected;
    }
}
