package jp.konbini.device.printer.escpos;

import java.nio.file.Path;

/** A capability profile is missing, unreadable or has a bad entry; the start stops (exit 2). */
public final class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileException(Path file, String key, String value, String expected) {
        super(file + ": key '" + key + "' has value '" + value + "'; expected " + expected);
    }

    public ProfileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
