package jp.konbini.flow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.Journal;
import jp.konbini.journal.RecoveryReport;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.sync.TopUpConfirmer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes what the previous run left when it stopped (crash, power cut): every session that was
 * going on is ended the way money rule 6 demands, and every receipt that never came out is
 * printed. The journal part runs at once, on the flow thread, before any new customer; the
 * printing (and the central server's confirmation it needs) is handed back as work for a
 * background thread.
 *
 * <ul>
 * <li>paid in full: completed (queued for the central server), confirmed, sale receipt;</li>
 * <li>cash in, not paid in full: abandoned, the money held under its claim code, credit receipt;</li>
 * <li>no cash, but a note was on its way to the stacker: abandoned without a receipt (the note is
 *     a reconciliation for staff: the driver never guesses its fate);</li>
 * <li>nothing in: cancelled.</li>
 * </ul>
 */
final class StartupRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);

    private final Journal journal;
    private final ReceiptPrinting printing;
    private final ReceiptDelivery delivery;
    private final TopUpConfirmer confirmer;
    /** Paid top-ups that could not be completed yet because a note of theirs is still unsettled. */
    private final Set<Long> paidAwaitingNotes = new LinkedHashSet<>();

    StartupRecovery(Journal journal, ReceiptPrinting printing, TopUpConfirmer confirmer) {
        this.journal = journal;
        this.printing = printing;
        this.delivery = new ReceiptDelivery(printing);
        this.confirmer = confirmer;
    }

    /** Ends every unfinished session in the journal; returns the printing to do, in order. */
    List<Runnable> endUnfinishedSessions() {
        RecoveryReport report = journal.recoveryReport();
        List<Runnable> work = new ArrayList<>();
        if (!report.isClean()) {
            LOG.warn("start-up recovery: {}", report.summary());
        }
        for (TopUpRecord owed : journal.receiptsOwed()) {
            LOG.warn("top-up {} ({}) ended without a receipt; printing it now", owed.seq(), owed.state());
            work.add(() -> printOwed(owed));
        }
        for (RecoveryReport.Unfinished u : report.unfinished()) {
            end(u, work);
        }
        work.add(printing::reprintFailed);
        return work;
    }

    /** Completes paid top-ups whose last note has since been settled by the acceptor; returns the printing to do. */
    List<Runnable> retryPaid() {
        List<Runnable> work = new ArrayList<>();
        for (Long seq : List.copyOf(paidAwaitingNotes)) {
            if (tryComplete(seq)) {
                paidAwaitingNotes.remove(seq);
                work.add(() -> delivery.print(confirmer.confirm(seq)));
            }
        }
        return work;
    }

    boolean waitingForNotes() {
        return !paidAwaitingNotes.isEmpty();
    }

    private void end(RecoveryReport.Unfinished u, List<Runnable> work) {
        TopUpRecord t = u.topUp();
        long seq = t.seq();
        if (t.state() == TopUpState.PAID) {
            if (tryComplete(seq)) {
                LOG.warn("top-up {} was paid in full when the kiosk stopped: completed", seq);
                work.add(() -> delivery.print(confirmer.confirm(seq)));
            } else {
                paidAwaitingNotes.add(seq);
            }
        } else if (t.credited().isPositive()) {
            journal.abandon(seq);
            LOG.warn("top-up {} had {} in when the kiosk stopped: held under claim code {}", seq, t.credited().format(), t.claimCode());
            work.add(() -> delivery.printCredit(seq));
        } else if (!u.pendingNotes().isEmpty()) {
            journal.abandon(seq);
            LOG.warn("top-up {} had a note in the acceptor when the kiosk stopped: ended, the note is for staff to settle", seq);
        } else {
            journal.cancel(seq);
        }
    }

    private boolean tryComplete(long seq) {
        try {
            journal.complete(seq);
            return true;
        } catch (IllegalStateException e) {
            LOG.warn("paid top-up {} waits for its notes to be settled: {}", seq, e.getMessage());
            return false;
        }
    }

    private void printOwed(TopUpRecord owed) {
        switch (owed.state()) {
            case ABANDONED, REFUSED -> delivery.printCredit(owed.seq());
            default -> delivery.print(confirmer.confirm(owed.seq()));
        }
    }
}
