package jp.konbini.maintenance;

import java.util.List;

/**
 * The top-ups whose receipt the kiosk will not print again by itself: its one automatic reprint
 * failed too (reference receipt-printing §2.6, "after a second failure, escalate to staff").
 */
@FunctionalInterface
public interface ReceiptsForStaff {

    /** Their sequence numbers, oldest first. */
    List<Long> topUps();
}
