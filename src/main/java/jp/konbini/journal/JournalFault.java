package jp.konbini.journal;

/** Why the journal cannot be used; while any of these holds, the kiosk takes no cash. */
public enum JournalFault {
    LOCKED("the journal is in use by another process"),
    CORRUPT("the journal file is damaged"),
    NOT_WRITABLE("the journal cannot be written"),
    DISK_FULL("the disk holding the journal is full"),
    WRONG_KIOSK("the journal belongs to another kiosk"),
    NEWER_SCHEMA("the journal was written by a newer software version"),
    IO_ERROR("the journal could not be read or written");

    private final String description;

    JournalFault(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
