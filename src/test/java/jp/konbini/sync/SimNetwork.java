package jp.konbini.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import jp.konbini.central.apply.BatchApplier;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.RecordResult;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;

/**
 * One kiosk's network to the simulated server, in virtual time: requests lost, answers lost after
 * the server applied, 503 with Retry-After, 500 before and after committing, the server dying
 * mid-transaction, requests delivered twice, stale and partial answers, garbled answers, old
 * requests arriving late, and the kiosk itself dying while waiting (or while recording the batch before).
 */
final class SimNetwork implements CentralClient {

    /** The kiosk process died while its request was out; the simulation restarts its uploader. */
    static final class KioskCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String kioskId;
    private final BatchApplier server;
    private final SimLedgerStore store;
    private final Random random;
    private final List<List<TopUpSubmission>> sent = new ArrayList<>();
    private final List<UploadResponse> answers = new ArrayList<>();
    boolean healthy;
    long virtualMillis;

    SimNetwork(String kioskId, BatchApplier server, SimLedgerStore store, Random random) {
        this.kioskId = kioskId;
        this.server = server;
        this.store = store;
        this.random = random;
    }

    /**
     * The request reaches the server either at once (so it may be applied before the kiosk records the batch
     * before it) or only when the kiosk waits for its answer: both orders happen on a real wire.
     */
    @Override
    public UploadInFlight begin(List<TopUpSubmission> records) {
        if (random.nextBoolean()) {
            return CentralClient.super.begin(records);
        }
        return () -> upload(records);
    }

    @Override
    public UploadResponse upload(List<TopUpSubmission> records) throws CentralException {
        sent.add(List.copyOf(records));
        if (healthy) {
            return keep(server.apply(kioskId, records));
        }
        int roll = random.nextInt(100);
        if (roll < 10) {
            virtualMillis += TIMEOUT.toMillis();
            throw new CentralException(CentralException.Kind.TIMEOUT, "request lost");
        }
        if (roll < 18) {
            throw new CentralException(CentralException.Kind.UNREACHABLE, "connection refused");
        }
        if (roll < 25) {
            throw new CentralException(CentralException.Kind.SERVER_BUSY, "503", Optional.of(Duration.ofSeconds(random.nextInt(6))), null);
        }
        if (roll < 28) {
            throw new CentralException(CentralException.Kind.SERVER_BUSY, "500 before commit");
        }
        if (roll < 30) {
            server.apply(kioskId, sent.get(random.nextInt(sent.size()))); // an old request, delayed in the network, arrives now
        }
        if (roll < 35) {
            store.crashNextTransaction = true;
            try {
                server.apply(kioskId, records);
            } catch (IllegalStateException e) {
                throw new CentralException(CentralException.Kind.UNREACHABLE, "server died mid-transaction");
            }
        }
        UploadResponse answer = keep(server.apply(kioskId, records));
        if (roll < 43) {
            virtualMillis += TIMEOUT.toMillis();
            throw new CentralException(CentralException.Kind.TIMEOUT, "answer lost after commit");
        }
        if (roll < 47) {
            throw new CentralException(CentralException.Kind.SERVER_BUSY, "500 after commit");
        }
        if (roll < 50) {
            throw new KioskCrash();
        }
        if (roll < 54) {
            return keep(server.apply(kioskId, records)); // delivered twice: the second answer comes back
        }
        if (roll < 58) {
            return answers.get(random.nextInt(answers.size())); // a stale answer to an earlier request
        }
        if (roll < 62) {
            List<RecordResult> part = answer.results().subList(0, random.nextInt(answer.results().size() + 1));
            return new UploadResponse(part, answer.highestContiguousSeq(), answer.serverTime()); // names only some
        }
        if (roll < 65) {
            throw new CentralException(CentralException.Kind.UNREACHABLE, "garbled answer");
        }
        return answer;
    }

    private UploadResponse keep(UploadResponse answer) {
        answers.add(answer);
        return answer;
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
