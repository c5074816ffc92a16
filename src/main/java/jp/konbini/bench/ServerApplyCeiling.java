package jp.konbini.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.konbini.central.apply.BatchApplier;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.central.store.JdbcKiosks;
import jp.konbini.central.store.JdbcLedgerStore;
import jp.konbini.wire.Disposition;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;

/**
 * The most any drain can reach: the server's own transaction for each batch (nonce, kiosk lock,
 * ledger rows, the carrier's line accounts, the kiosk's position, commit), called directly — no
 * HTTP, no signature, no JSON, no kiosk journal. The drain's rows go again as another kiosk's, with
 * new UUIDs, numbered from 1, on new lines, so every record is new as in the drain, into the same database.
 */
final class ServerApplyCeiling {

    private static final String KIOSK = "KSK-BENCH-CEILING";

    private ServerApplyCeiling() {
    }

    /** @return records applied per second */
    static double run(CentralDatabase database, List<TopUpSubmission> rows, int batchSize) {
        Clock clock = Clock.systemUTC();
        new JdbcKiosks(database.dataSource()).register(KIOSK, Instant.now(clock));
        BatchApplier applier = new BatchApplier(new JdbcLedgerStore(database.dataSource()), new SimulatedCarrier(true), clock);
        List<TopUpSubmission> renamed = IntStream.range(0, rows.size()).mapToObj(i -> asNewRecord(rows.get(i), i + 1)).toList();
        long start = System.nanoTime();
        for (int from = 0; from < renamed.size(); from += batchSize) {
            List<TopUpSubmission> batch = renamed.subList(from, Math.min(renamed.size(), from + batchSize));
            UploadResponse answer = applier.apply(KIOSK, Optional.of(UUID.randomUUID().toString()), batch);
            if (answer.results().stream().anyMatch(r -> r.disposition() != Disposition.NEW)) {
                throw new IllegalStateException("the ceiling run stored a record twice or refused one: " + answer);
            }
        }
        return renamed.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** The same record under a new UUID and this kiosk's sequence number, on a line nobody has topped up (080 instead of 090). */
    private static TopUpSubmission asNewRecord(TopUpSubmission r, long seq) {
        return new TopUpSubmission(UUID.randomUUID(), seq, r.kind(), r.lineKind(), "08" + r.lineDigits().substring(2), r.productId(),
                r.carrier(), r.validityDays(), r.dataGb(), r.priceYen(), r.creditedYen(), r.claimCode(), r.openedAt(), r.closedAt());
    }
}
