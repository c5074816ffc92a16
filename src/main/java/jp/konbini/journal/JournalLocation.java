package jp.konbini.journal;

import java.nio.file.Path;

/**
 * Where a journal lives: {@code <dataDir>/journal.mv.db}. The file-system scheme is H2's
 * ({@code file:} normally; tests substitute a power-cut simulating one).
 */
public record JournalLocation(Path dataDir, String fileSystem) {

    static final String FILE_NAME = "journal";

    public static JournalLocation in(Path dataDir) {
        return new JournalLocation(dataDir.toAbsolutePath().normalize(), "file:");
    }

    /**
     * Money rule 3: every URL carries {@code WRITE_DELAY=0}, so a commit is written before it returns.
     * The query cache holds every statement the journal uses (H2's default of 8 is fewer), so no
     * money event pays for parsing SQL.
     */
    String url(boolean readOnly) {
        String url = "jdbc:h2:" + fileSystem + dataDir.resolve(FILE_NAME) + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
        return readOnly ? url + ";ACCESS_MODE_DATA=r" : url;
    }

    public Path databaseFile() {
        return dataDir.resolve(FILE_NAME + ".mv.db");
    }
}
