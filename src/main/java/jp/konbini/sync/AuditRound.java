package jp.konbini.sync;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.konbini.journal.AuditEntry;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.AuditSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to send the maintenance audit log, without threads or sleeping (like
 * {@link UploadRound}, after whose rounds the {@link Uploader} runs it): the oldest entries the
 * server has not acknowledged, one batch, over the same signed client. The journal's mark moves
 * ({@link MaintenanceRecords#auditAcked}) only on the server's answer, to the highest entry it says
 * it holds contiguously, never past the last one sent. After a lost answer the same entries go
 * again and the server answers them as duplicates; nothing is stored twice.
 *
 * <p>A refusal is an answer: for a gap (the server holds less than the kiosk was told, e.g. it was
 * restored from a backup) the next round sends again from where the server is; a broken chain or a
 * conflict cannot be mended by sending again, so it backs off and the fleet page shows the alert.
 */
public final class AuditRound {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRound.class);

    private final MaintenanceRecords records;
    private final CentralClient client;
    private final String kioskId;
    private final int batchSize;
    private final Backoff backoff;
    /** Where to send from when the server holds less than the journal's mark says (after a gap answer); -1 otherwise. */
    private long resendAfter = -1;
    private volatile String lastProblem = "";

    public AuditRound(MaintenanceRecords records, CentralClient client, String kioskId, int batchSize, Backoff backoff) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.records = records;
        this.client = client;
        this.kioskId = kioskId;
        this.batchSize = batchSize;
        this.backoff = backoff;
    }

    /**
     * What an attempt did.
     *
     * @param sent         entries sent (0 when nothing was due or the journal could not be read)
     * @param ackedThrough the journal's mark after the attempt
     * @param idle         nothing was due
     * @param delay        how long to wait before the next attempt (zero: go on at once)
     */
    public record Result(int sent, long ackedThrough, boolean idle, Duration delay) {

        /** The wait before the next round: {@code idlePoll} when nothing was due. */
        public Duration waitOr(Duration idlePoll) {
            return idle ? idlePoll : delay;
        }
    }

    public Result run() {
        long acked;
        List<AuditEntry> entries;
        try {
            acked = records.auditAckedThrough();
            entries = records.auditAfter(resendAfter >= 0 ? Math.min(resendAfter, acked) : acked, batchSize);
        } catch (JournalUnavailableException e) {
            LOG.error("journal unavailable, audit log not sent: {}", e.getMessage());
            return new Result(0, -1, false, backoff.nextDelay(Optional.empty()));
        }
        if (entries.isEmpty()) {
            resendAfter = -1;
            return new Result(0, acked, true, Duration.ZERO);
        }
        long firstSent = entries.get(0).seq();
        long lastSent = entries.get(entries.size() - 1).seq();
        AuditResponse answer;
        try {
            answer = client.uploadAudit(new AuditBatch(kioskId, entries.stream().map(AuditRound::submission).toList()));
        } catch (CentralException e) {
            return failed(entries.size(), acked, e.kind() + ": " + e.getMessage(), e.retryAfter());
        }
        if (answer == null) {
            return failed(entries.size(), acked, "empty answer", Optional.empty());
        }
        if (!answer.accepted()) {
            if (AuditResponse.GAP.equals(answer.error()) && answer.storedThrough() >= 0 && answer.storedThrough() < firstSent - 1) {
                // The server holds less than it acknowledged before: send the missing entries again, from where it is.
                resendAfter = answer.storedThrough();
                LOG.warn("the server holds the audit log only through {} (sent from {}); sending again from there", answer.storedThrough(),
                        firstSent);
                lastProblem = answer.error() + ": " + answer.detail();
                return new Result(entries.size(), acked, false, Duration.ZERO);
            }
            return failed(entries.size(), acked, answer.error() + ": " + answer.detail(), Optional.empty());
        }
        // Never past what this request carried: an answer claiming more is checked by sending those entries too.
        long through = Math.min(answer.storedThrough(), lastSent);
        if (through < firstSent) {
            return failed(entries.size(), acked, "the answer (stored through " + answer.storedThrough() + ") covers none of "
                    + firstSent + ".." + lastSent, Optional.empty());
        }
        try {
            records.auditAcked(through);
            acked = records.auditAckedThrough();
        } catch (JournalUnavailableException e) {
            LOG.error("journal unavailable, the audit answer is not recorded (the entries go again): {}", e.getMessage());
            return new Result(entries.size(), acked, false, backoff.nextDelay(Optional.empty()));
        }
        resendAfter = through < acked ? through : -1;
        backoff.reset();
        lastProblem = "";
        return new Result(entries.size(), acked, false, Duration.ZERO);
    }

    /** The last failure or refusal, {@code ""} after a good answer (for diagnosis). */
    public String lastProblem() {
        return lastProblem;
    }

    /** Connectivity came back: the next failure starts from the base delay. */
    public void resetBackoff() {
        backoff.reset();
    }

    private Result failed(int sent, long acked, String problem, Optional<Duration> retryAfter) {
        lastProblem = problem;
        Duration wait = backoff.nextDelay(retryAfter);
        LOG.info("audit log upload of {} entr{} failed ({}); next attempt in {} ms", sent, sent == 1 ? "y" : "ies", problem, wait.toMillis());
        return new Result(sent, acked, false, wait);
    }

    static AuditSubmission submission(AuditEntry e) {
        AuditRecord r = e.record();
        return new AuditSubmission(e.seq(), e.at().toString(), r.actor(), r.role(), r.action(), r.subject(), r.before(), r.after(), e.chainHash());
    }
}
