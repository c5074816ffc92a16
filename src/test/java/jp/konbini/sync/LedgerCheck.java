package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.central.LedgerRows;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.Journal;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.SyncStatus;
import jp.konbini.journal.TopUpRecord;

/** The invariant: the server holds exactly the kiosk's closed records, once each, with the outcome the kiosk recorded. */
final class LedgerCheck {

    private LedgerCheck() {
    }

    /** @return how many purchases were applied */
    static long assertSame(String kioskId, Journal journal, Outbox outbox, List<LedgerRows.Row> allRows) {
        List<LedgerRows.Row> server = allRows.stream().filter(r -> r.kioskId().equals(kioskId)).toList();
        List<TopUpRecord> closed = new ArrayList<>();
        for (long seq = 1; ; seq++) {
            Optional<TopUpRecord> t = journal.topUp(seq);
            if (t.isEmpty()) {
                break;
            }
            closed.add(t.get());
        }
        assertEquals(closed.size(), server.size(), kioskId + ": the server holds every closed record exactly once");
        long applied = 0;
        for (int i = 0; i < closed.size(); i++) {
            TopUpRecord t = closed.get(i);
            LedgerRows.Row r = server.get(i);
            String what = kioskId + " seq " + t.seq();
            assertEquals(t.seq(), r.seq(), what);
            assertEquals(t.uuid(), r.uuid(), what);
            assertEquals(t.credited().amount(), r.creditedYen(), what);
            SyncStatus sync = outbox.syncStatus(t.seq()).orElseThrow();
            assertEquals(SyncState.SYNCED, sync.state(), what);
            String expectedKind = switch (t.state()) {
                case APPLIED, REFUSED, QUEUED -> "PURCHASE";
                case CANCELLED -> "CANCELLED";
                default -> "ABANDONED";
            };
            assertEquals(expectedKind, r.kind(), what);
            String expectedStatus = switch (t.state()) {
                case APPLIED -> "APPLIED";
                case REFUSED -> "REFUSED";
                default -> "RECORDED";
            };
            assertEquals(expectedStatus, r.status(), what + " (kiosk " + t.state() + ")");
            assertTrue(t.state() != TopUpState.QUEUED, what + " is answered but still queued");
            if (t.state() == TopUpState.APPLIED) {
                applied++;
            }
        }
        return applied;
    }
}
