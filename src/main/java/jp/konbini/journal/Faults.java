package jp.konbini.journal;

import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** Maps what H2 (or the file system under it) threw to the reason a technician needs to read. */
final class Faults {

    private Faults() {
    }

    static JournalUnavailableException unavailable(Throwable failure) {
        return new JournalUnavailableException(classify(failure), rootMessage(failure), failure);
    }

    static JournalFault classify(Throwable failure) {
        if (mentions(failure, "no space left on device") || mentions(failure, "disk full")) {
            return JournalFault.DISK_FULL;
        }
        SQLException sql = find(failure, SQLException.class);
        int code = sql == null ? 0 : sql.getErrorCode();
        switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return JournalFault.LOCKED;
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return JournalFault.CORRUPT;
            case ErrorCode.DATABASE_IS_READ_ONLY:
            case ErrorCode.FILE_CREATION_FAILED_1:
                return JournalFault.NOT_WRITABLE;
            default:
                return JournalFault.IO_ERROR;
        }
    }

    /** True for a violated constraint: a bug in the caller, not a fault of the storage. */
    static boolean isConstraintViolation(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23");
    }

    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
