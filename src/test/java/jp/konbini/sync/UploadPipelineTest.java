package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import jp.konbini.central.apply.BatchApplier;
import jp.konbini.central.apply.StoredTopUp;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.domain.line.LineId;
import jp.konbini.journal.JournalFault;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.SyncStatus;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;
import org.junit.jupiter.api.Test;

/**
 * The round's pipeline: batch N's answers are recorded while batch N+1 is on the wire, yet the
 * server only ever has one batch of the kiosk at a time, in order, and whatever fails (the next
 * upload, the journal, an answer naming only some records) nothing is lost or applied twice.
 */
class UploadPipelineTest {

    private static final String KIOSK = "KSK-PIPE-0001";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC);
    private static final List<LineId> LINES = List.of(LineId.parse("09012345678"), LineId.parse("08011112222"));

    private final SimLedgerStore store = new SimLedgerStore();
    private final BatchApplier server = new BatchApplier(store, new SimulatedCarrier(true), CLOCK);
    private final List<String> events = new ArrayList<>();
    private final SimOutbox journal = new SimOutbox(new Random(3));
    private final ScriptedCentral central = new ScriptedCentral();
    private final RecordingOutbox outbox = new RecordingOutbox();

    UploadPipelineTest() {
        store.register(KIOSK);
    }

    @Test
    void eachBatchIsRecordedWhileTheNextIsOutAndTheServerSeesThemOneAtATimeInOrder() {
        close(10);
        UploadRound.Result r = round(3).run();

        assertEquals(10, r.recorded());
        assertEquals(Duration.ZERO, r.delay());
        assertEquals(List.of("send 1", "answer 1", "send 4", "record 1", "answer 4", "send 7", "record 4", "answer 7", "send 10",
                "record 7", "answer 10", "record 10"), events);
        assertEverythingOnceAndSynced();
    }

    @Test
    void aRoundStopsAfterItsBatchLimitWithEveryAnswerRecorded() {
        close(10);
        UploadRound round = round(2, 2);
        UploadRound.Result first = round.run();
        assertEquals(4, first.recorded(), "two batches of two");
        assertEquals(6, journal.exposure().pendingRecords());
        while (!round.run().idle()) {
            // drains the rest
        }
        assertEverythingOnceAndSynced();
    }

    @Test
    void theNextBatchFailingAfterTheServerCommittedItLosesNothingAndDoublesNothing() {
        close(9);
        central.failAfterCommit.add(4L);
        UploadRound round = round(3);
        UploadRound.Result r = round.run();

        assertEquals(3, r.recorded(), "batch 1 recorded while batch 4 was out");
        assertTrue(!r.delay().isZero(), "backs off after the failure");
        assertEquals(SyncState.PENDING, journal.syncStatus(4).orElseThrow().state(), "applied on the server, but no answer reached the kiosk");
        drain(round);
        assertEverythingOnceAndSynced();
        assertTrue(events.contains("send 4 again"), "batch 4 went again and was answered as a duplicate");
    }

    @Test
    void theNextBatchFailingBeforeTheServerCommittedItIsSentAgain() {
        close(9);
        central.failBeforeCommit.add(4L);
        UploadRound round = round(3);
        assertEquals(3, round.run().recorded());
        drain(round);
        assertEverythingOnceAndSynced();
    }

    @Test
    void aJournalThatFailsWhileTheNextBatchIsOutWaitsForItsAnswerAndLeavesBothPending() {
        close(9);
        outbox.failRecordingOf = 1;
        UploadRound round = round(3);
        UploadRound.Result r = round.run();

        assertEquals(0, r.recorded());
        assertTrue(!r.delay().isZero());
        assertEquals(0, central.inFlight, "the round never ends with a request out");
        assertEquals(List.of("send 1", "answer 1", "send 4", "record 1 failed", "answer 4"), events);
        assertEquals(9, journal.exposure().pendingRecords(), "nothing recorded: batches 1 and 4 go again");
        outbox.failRecordingOf = -1;
        drain(round);
        assertEverythingOnceAndSynced();
    }

    @Test
    void anAnswerNamingOnlySomeRecordsStopsThePipelineSoTheRestGoFirstNextRound() {
        close(6);
        central.partialAnswer.add(1L);
        UploadRound round = round(3);
        UploadRound.Result r = round.run();

        assertEquals(1, r.recorded(), "only the named record");
        assertEquals(List.of("send 1", "answer 1", "record 1"), events, "batch 4 waits: seq 2 and 3 go first");
        drain(round);
        assertEverythingOnceAndSynced();
        assertTrue(store.state().alerts.isEmpty(), "no sequence gap was ever seen: " + store.state().alerts);
    }

    @Test
    void aNextBatchThatCannotBeSentLeavesTheAnsweredOneRecorded() {
        close(6);
        central.cannotSend.add(4L);
        UploadRound round = round(3);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, round::run);

        assertEquals(List.of("send 1", "answer 1", "record 1"), events);
        assertEquals(3, journal.exposure().pendingRecords(), "batch 1 recorded; batch 4 never left");
        assertEquals(3, store.state().byUuid.size());
    }

    private UploadRound round(int batchSize) {
        return round(batchSize, UploadRound.MAX_BATCHES);
    }

    private UploadRound round(int batchSize, int maxBatches) {
        return new UploadRound(outbox, central, batchSize, maxBatches, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(1)),
                new Connectivity(), CLOCK);
    }

    private void close(int records) {
        for (int i = 0; i < records; i++) {
            journal.close(LINES);
        }
    }

    private void drain(UploadRound round) {
        for (int i = 0; i < 100; i++) {
            if (round.run().idle()) {
                return;
            }
        }
        throw new AssertionError("still pending: " + journal.exposure());
    }

    private void assertEverythingOnceAndSynced() {
        SimLedgerStore.State s = store.state();
        List<TopUpRecord> all = journal.all();
        assertEquals(all.size(), s.byUuid.size(), "every record on the server once");
        assertEquals(all.size(), s.kiosks.get(KIOSK).highestContiguous());
        for (TopUpRecord t : all) {
            StoredTopUp stored = s.byUuid.get(t.uuid());
            SyncStatus status = journal.syncStatus(t.seq()).orElseThrow();
            assertEquals(SyncState.SYNCED, status.state(), "seq " + t.seq());
            assertEquals(stored.outcome().name(), status.outcome().orElseThrow().name(), "seq " + t.seq());
        }
        for (LineId line : LINES) {
            long applied = all.stream().filter(t -> t.line().equals(line))
                    .filter(t -> s.byUuid.get(t.uuid()).outcome() == jp.konbini.wire.Outcome.APPLIED).count();
            jp.konbini.central.carrier.LineAccount account = s.lines.get(line.kind() + ":" + line.digits());
            assertEquals(applied * 1536, account == null ? 0 : account.dataMb(), "line " + line.masked() + " credited once per applied purchase");
        }
    }

    /** The server behind a scripted wire: an upload is applied when its answer is awaited (or not, as scripted). */
    private final class ScriptedCentral implements CentralClient {
        final List<Long> failAfterCommit = new ArrayList<>();
        final List<Long> failBeforeCommit = new ArrayList<>();
        final List<Long> partialAnswer = new ArrayList<>();
        final List<Long> cannotSend = new ArrayList<>();
        final Map<Long, Integer> sends = new HashMap<>();
        int inFlight;

        @Override
        public UploadInFlight begin(List<TopUpSubmission> records) {
            long first = records.get(0).seq();
            if (cannotSend.contains(first)) {
                throw new IllegalStateException("a record that cannot be written as JSON");
            }
            assertEquals(0, inFlight, "a batch was sent while another was out");
            inFlight++;
            int times = sends.merge(first, 1, Integer::sum);
            events.add("send " + first + (times > 1 ? " again" : ""));
            return () -> {
                inFlight--;
                if (times == 1 && failBeforeCommit.remove(first)) {
                    events.add("failed " + first);
                    throw new CentralException(CentralException.Kind.SERVER_BUSY, "500 before commit");
                }
                UploadResponse answer = server.apply(KIOSK, records);
                if (times == 1 && failAfterCommit.remove(first)) {
                    events.add("lost answer " + first);
                    throw new CentralException(CentralException.Kind.TIMEOUT, "answer lost after commit");
                }
                events.add("answer " + first + (times > 1 ? " again" : ""));
                if (times == 1 && partialAnswer.remove(first)) {
                    return new UploadResponse(answer.results().subList(0, 1), answer.highestContiguousSeq(), answer.serverTime());
                }
                return answer;
            };
        }

        @Override
        public UploadResponse upload(List<TopUpSubmission> records) throws CentralException {
            return begin(records).await();
        }

        @Override
        public CatalogFetch catalog(Optional<String> etag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void heartbeat(Heartbeat heartbeat) {
            throw new UnsupportedOperationException();
        }
    }

    /** The in-memory journal, noting each recording (and failing one when told to). */
    private final class RecordingOutbox implements Outbox {
        long failRecordingOf = -1;

        @Override
        public List<OutboxEntry> pending(int limit) {
            return journal.pending(limit);
        }

        @Override
        public List<OutboxEntry> pendingAfter(long afterSeq, int limit) {
            return journal.pendingAfter(afterSeq, limit);
        }

        @Override
        public int record(List<SyncAnswer> answers) {
            long first = answers.get(0).seq();
            if (first == failRecordingOf) {
                events.add("record " + first + " failed");
                throw new JournalUnavailableException(JournalFault.IO_ERROR, "simulated", null);
            }
            events.add("record " + first);
            return journal.record(answers);
        }

        @Override
        public Optional<SyncStatus> syncStatus(long seq) {
            return journal.syncStatus(seq);
        }

        @Override
        public OfflineExposure exposure() {
            return journal.exposure();
        }

        @Override
        public void persistUptime() {
        }
    }
}
