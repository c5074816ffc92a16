package jp.konbini.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.wire.RecordResult;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of pending records as it goes on the wire, and which answers belong to it: only a
 * result naming one of its records by UUID and sequence number is an answer; anything else is
 * logged and ignored (the record it should have named stays pending and goes again).
 */
final class SentBatch {

    private static final Logger LOG = LoggerFactory.getLogger(SentBatch.class);

    private final List<TopUpSubmission> records;
    private final Map<UUID, Long> seqs;

    SentBatch(List<OutboxEntry> entries) {
        this.records = new ArrayList<>(entries.size());
        this.seqs = new HashMap<>();
        for (OutboxEntry entry : entries) {
            records.add(WireMapping.submission(entry));
            seqs.put(entry.topUp().uuid(), entry.topUp().seq());
        }
    }

    List<TopUpSubmission> records() {
        return records;
    }

    int size() {
        return records.size();
    }

    long firstSeq() {
        return records.get(0).seq();
    }

    long lastSeq() {
        return records.get(records.size() - 1).seq();
    }

    /** The usable answers in {@code response} to this batch's records, at most one per record. */
    List<SyncAnswer> answersIn(UploadResponse response) {
        Map<Long, SyncAnswer> answers = new LinkedHashMap<>();
        for (RecordResult result : response.results() == null ? List.<RecordResult>of() : response.results()) {
            Long seq = result.uuid() == null ? null : seqs.get(result.uuid());
            if (seq == null || seq != result.seq()) {
                LOG.warn("answer names {} / seq {}, which this request did not send; ignored", result.uuid(), result.seq());
                continue;
            }
            WireMapping.answer(result).ifPresentOrElse(a -> answers.putIfAbsent(a.seq(), a),
                    () -> LOG.warn("answer for seq {} is incomplete; the record stays pending", result.seq()));
        }
        return new ArrayList<>(answers.values());
    }
}
