package jp.konbini.flow;

import java.util.Locale;

/**
 * One reason the kiosk takes no customer now. Customers read {@link #reason()} (through its
 * bundle key); {@link #detail()} is for staff and the log.
 */
public record ServiceIssue(Reason reason, String detail) {

    public enum Reason {
        STARTING,
        PRINTER_PAPER_OUT,
        PRINTER_COVER_OPEN,
        PRINTER_NOT_ANSWERING,
        PRINTER_ERROR,
        ACCEPTOR_NOT_READY,
        CASH_BOX_FULL,
        CASH_BOX_REMOVED,
        ACCEPTOR_JAM,
        ACCEPTOR_FAULT,
        JOURNAL_UNWRITABLE,
        OFFLINE_LIMIT_REACHED,
        RECONCILIATION_PENDING,
        MAINTENANCE;

        public String bundleKey() {
            return "service." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Override
    public String toString() {
        return reason + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
