package jp.konbini.sync;

/** Why the kiosk takes no new cash (the screen says so; the uploader keeps syncing). */
public enum StopReason {
    /** The unsynced amount reached {@code offline.max-unsynced-yen}. */
    UNSYNCED_TOTAL_REACHED,
    /** The oldest unsynced top-up is older than {@code offline.max-unsynced-age-hours}. */
    OLDEST_UNSYNCED_TOO_OLD
}
