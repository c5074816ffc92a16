package jp.konbini.maintenance;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The people who may enter maintenance mode, from a properties file kept beside the kiosk's
 * secrets: one line per person, {@code <name>=<staff|technician>:<PIN hash>} (made by
 * {@code konbini-kiosk maintenance-user}). A person is found by their PIN alone, as on a keypad.
 */
public final class OperatorDirectory {

    private record Entry(Operator operator, PinHash pin) {
    }

    private final List<Entry> entries;

    private OperatorDirectory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @throws IllegalArgumentException naming the file and the line's key for anything malformed, or when no one is in it */
    public static OperatorDirectory load(Path file) throws IOException {
        return of(lines(file), file.toString());
    }

    /** As {@link #load}, but a file with no one in it yet is empty rather than an error (for adding the first person). */
    public static Optional<OperatorDirectory> loadIfAnyone(Path file) throws IOException {
        Map<String, String> lines = lines(file);
        return lines.isEmpty() ? Optional.empty() : Optional.of(of(lines, file.toString()));
    }

    private static Map<String, String> lines(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            Map<String, String> sorted = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
            return sorted;
        }
    }

    static OperatorDirectory of(Map<String, String> lines, String source) {
        List<Entry> entries = new ArrayList<>();
        lines.forEach((name, value) -> {
            int colon = value.indexOf(':');
            String where = source + ": " + name;
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": expected <staff|technician>:<PIN hash>");
            }
            Role role;
            try {
                role = Role.valueOf(value.substring(0, colon).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": the role is staff or technician, not '" + value.substring(0, colon) + "'", e);
            }
            try {
                entries.add(new Entry(new Operator(name, role), PinHash.parse(value.substring(colon + 1))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        });
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": no one may enter maintenance mode; add a person with konbini-kiosk maintenance-user");
        }
        return new OperatorDirectory(entries);
    }

    /** The person whose PIN this is. Every entry is checked, so the time taken does not tell how far the search went. */
    public Optional<Operator> find(char[] pin) {
        Operator found = null;
        for (Entry e : entries) {
            if (e.pin().matches(pin) && found == null) {
                found = e.operator();
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Operator> operators() {
        return entries.stream().map(Entry::operator).toList();
    }
}
