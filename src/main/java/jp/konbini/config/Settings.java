package jp.konbini.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed, validating access to the entries of one properties file. Every read names the form it
 * expects, so a bad value fails with a message that says what would have been right.
 */
public final class Settings {

    private final Path file;
    private final Map<String, String> entries;

    Settings(Path file, Map<String, String> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads {@code file} strictly (UTF-8, no key twice); errors name the file. */
    public static Settings read(Path file) {
        return new Settings(file, StrictProperties.read(file));
    }

    /** Fails on the first key that is not in {@code known}: a typo must not pass as a default. */
    public void rejectUnknownKeys(List<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                throw new ConfigException(file, key, entries.get(key), "a known key, one of " + String.join(", ", known));
            }
        }
    }

    public String text(String key, Pattern form, String expected) {
        String value = raw(key, expected);
        if (!form.matcher(value).matches()) {
            throw invalid(key, value, expected);
        }
        return value;
    }

    public String text(String key, int maxLength) {
        String expected = "a non-empty text of at most " + maxLength + " characters";
        String value = raw(key, expected);
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw invalid(key, value, expected);
        }
        return value;
    }

    public int integer(String key, int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        String value = raw(key, expected);
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw invalid(key, value, expected);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(key, value, expected);
        }
    }

    public <T> T choice(String key, Function<String, Optional<T>> parse, List<String> allowed) {
        String expected = "one of " + String.join(", ", allowed);
        String value = raw(key, expected);
        return parse.apply(value).orElseThrow(() -> invalid(key, value, expected));
    }

    public <T> List<T> list(String key, Function<String, Optional<T>> parse, String expected) {
        String value = raw(key, expected);
        List<T> items = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            T item = parse.apply(part.strip()).orElseThrow(() -> invalid(key, value, expected));
            if (items.contains(item)) {
                throw invalid(key, value, expected + ", each listed once");
            }
            items.add(item);
        }
        return items;
    }

    public URI httpUrl(String key) {
        String expected = "an absolute http:// or https:// URL, e.g. https://central.example.jp/";
        String value = raw(key, expected);
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                throw invalid(key, value, expected);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(key, value, expected);
        }
    }

    /** A path; a relative one is taken from the directory the file is in. */
    public Path path(String key) {
        String expected = "a file-system path (relative paths start at " + file.toAbsolutePath().getParent() + ")";
        String value = raw(key, expected);
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p.normalize() : file.toAbsolutePath().getParent().resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw invalid(key, value, expected);
        }
    }

    /**
     * A text that may be left empty ({@code key=}): the key must still be there, so a forgotten
     * setting is not mistaken for a deliberate blank.
     */
    public Optional<String> optionalText(String key, Pattern form, String expected) {
        String value = entries.get(key);
        if (value == null) {
            throw new ConfigException(file, key, null, expected + " (or an empty value)");
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!form.matcher(value).matches()) {
            throw invalid(key, value, expected);
        }
        return Optional.of(value);
    }

    /** Whether {@code key} is set to exactly {@code literal} (a keyword such as {@code none}). */
    boolean isLiteral(String key, String literal) {
        return literal.equals(entries.get(key));
    }

    public ConfigException invalid(String key, String value, String expected) {
        return new ConfigException(file, key, value, expected);
    }

    private String raw(String key, String expected) {
        String value = entries.get(key);
        if (value == null || value.isEmpty()) {
            throw new ConfigException(file, key, value == null ? null : "", expected);
        }
        return value;
    }
}
