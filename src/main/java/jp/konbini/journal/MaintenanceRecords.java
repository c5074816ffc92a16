package jp.konbini.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;

/**
 * What maintenance mode keeps in the journal: the append-only audit log, the PIN entry lock, cash
 * collections and claim settlements. Every change is durable on return (commit + fsync) and writes
 * its audit entry in the same transaction, so no action happens without its record.
 */
public interface MaintenanceRecords {

    AuditEntry audit(AuditRecord record);

    /** Entries numbered above {@code afterSeq}, oldest first (for the central server). */
    List<AuditEntry> auditAfter(long afterSeq, int limit);

    /** The newest entries, newest first (for the screen). */
    List<AuditEntry> latestAudit(int limit);

    /** Up to which entry the central server has stored the log. */
    long auditAckedThrough();

    /** The central server has stored every entry up to {@code throughSeq}; never moves back. */
    void auditAcked(long throughSeq);

    EntryLock entryLock();

    /**
     * Counts a wrong PIN; the {@code maxAttempts}-th in a row locks entry for {@code lockFor} from now
     * and starts the count again.
     */
    EntryLock wrongPin(int maxAttempts, Duration lockFor, AuditRecord audit);

    /** A right PIN: the count of wrong ones starts again. */
    void entered(AuditRecord audit);

    /** Notes credited since the last recorded collection, by denomination: what the cash box should hold. */
    Map<Denomination, Integer> cashBox();

    Optional<CashCollectionRecord> openCollection();

    /**
     * Starts a collection, freezing the journal's figures; if one is already started (a crash
     * or a screen left halfway), that one is returned unchanged: a collection is never doubled.
     */
    CashCollectionRecord startCollection(AuditRecord audit);

    /** Records what staff counted; from now on the cash box counts from zero. */
    CashCollectionRecord recordCollection(long no, Map<Denomination, Integer> counted, AuditRecord audit);

    Optional<CashCollectionRecord> collection(long no);

    /** Collections started in {@code [from, to)}, oldest first. */
    List<CashCollectionRecord> collections(Instant from, Instant to);

    /** When each note credited in {@code [from, to)} reached the credit point, oldest first (for the cash box chart). */
    List<Instant> creditTimes(Instant from, Instant to);

    /** Pays out a claim code at the register: a credit held or a refused top-up, once. */
    ClaimSettlement settleClaim(long topUpSeq, AuditRecord audit);

    Optional<ClaimSettlement> settlement(long topUpSeq);
}
