package jp.konbini.journal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a journal lives: {@code <dataDir>/journal.mv.db}, and how H2 is told to open it.
 *
 * @param fileSystem H2's file-system scheme: {@code file:} normally; tests substitute one that
 *                   simulates power cuts
 * @param extraSettings H2 settings added to (or replacing) {@link #SETTINGS}; empty in production,
 *                      used by tests to provoke H2 behaviour early (e.g. {@code ;RETENTION_TIME=0})
 */
public record JournalLocation(Path dataDir, String fileSystem, String extraSettings) {

    static final String FILE_NAME = "journal";

    /**
     * Every URL carries these (money rule 3):
     * <ul>
     * <li>{@code WRITE_DELAY=0}: a commit is written to the file before it returns;</li>
     * <li>{@code REUSE_SPACE=FALSE}: chunks are only ever appended. With space reuse, H2 2.5.252
     *     loses the newest chunks (commits that were already fsynced) after a crash, because its
     *     recovery does not find chunks written into reused space (see docs/decisions/0007);
     *     the file is compacted by rebuilding it ({@link JournalCompactor});</li>
     * <li>{@code QUERY_CACHE_SIZE=64}: every statement the journal uses stays parsed.</li>
     * </ul>
     */
    static final String SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;QUERY_CACHE_SIZE=64";

    public static JournalLocation in(Path dataDir) {
        return new JournalLocation(dataDir.toAbsolutePath().normalize(), "file:", "");
    }

    String url(boolean readOnly) {
        return url(FILE_NAME, readOnly);
    }

    String url(String name, boolean readOnly) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : (SETTINGS + extraSettings).split(";")) {
            if (!setting.isEmpty()) {
                int eq = setting.indexOf('=');
                settings.put(setting.substring(0, eq), setting.substring(eq + 1));
            }
        }
        if (readOnly) {
            settings.put("ACCESS_MODE_DATA", "r");
        }
        StringBuilder url = new StringBuilder("jdbc:h2:").append(fileSystem).append(dataDir.resolve(name));
        settings.forEach((key, value) -> url.append(';').append(key).append('=').append(value));
        return url.toString();
    }

    public Path databaseFile() {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }
}
