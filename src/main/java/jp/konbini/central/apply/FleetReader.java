package jp.konbini.central.apply;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the fleet page and the export read. */
public interface FleetReader {

    Fleet fleet(int recent);

    /** One JSON object per stored top-up, in (kiosk, seq) order. @return how many */
    long exportJsonl(Writer out);

    /** Everything the fleet page shows. */
    record Fleet(List<KioskRow> kiosks, List<TopUpRow> recentTopUps, List<ClaimRow> openClaims, List<AlertRow> recentAlerts) {
    }

    record KioskRow(String kioskId, long highestContiguousSeq, long highestSeenSeq, Instant lastHeartbeat, String softwareVersion,
                    Long unsyncedCount, Long unsyncedYen, Long oldestUnsyncedSeconds, Boolean acceptsCash, String stopReasons,
                    String deviceAlerts, String paperState, Long cashBoxYen) {
    }

    record TopUpRow(UUID uuid, String kioskId, long seq, String kind, long creditedYen, String status, LocalDate newExpiry,
                    Instant appliedAt) {
    }

    record ClaimRow(String kioskId, String claimCode, long amountYen, String reason, Instant createdAt) {
    }

    record AlertRow(String kioskId, String kind, String detail, Instant raisedAt) {
    }
}
