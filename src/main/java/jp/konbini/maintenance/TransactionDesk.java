package jp.konbini.maintenance;

import java.util.List;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.ClaimSettlement;
import jp.konbini.journal.Journal;
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.journal.TopUpQuery;
import jp.konbini.journal.TopUpRecord;

/** Transactions: search, view, reprint a receipt (marked as a reprint), and pay out a claim code; each audited. */
public final class TransactionDesk {

    private final MaintenanceDesk desk;
    private final Journal journal;
    private final MaintenanceRecords records;
    private final ReceiptReprinter reprinter;
    private final ReceiptsForStaff forStaff;

    public TransactionDesk(MaintenanceDesk desk, Journal journal, MaintenanceRecords records, ReceiptReprinter reprinter,
                           ReceiptsForStaff forStaff) {
        this.desk = desk;
        this.journal = journal;
        this.records = records;
        this.reprinter = reprinter;
        this.forStaff = forStaff;
    }

    /** The top-ups whose receipt did not print and that the kiosk left to staff (to reprint, or hand over another way). */
    public List<TopUpRecord> receiptsForStaff() {
        desk.require(MaintenanceFunction.REPRINT);
        return forStaff.topUps().stream().map(journal::topUp).flatMap(java.util.Optional::stream).toList();
    }

    public List<TopUpRecord> search(TopUpQuery query) {
        desk.require(MaintenanceFunction.TRANSACTIONS);
        return journal.findTopUps(query);
    }

    public TransactionDetail view(long seq) {
        desk.require(MaintenanceFunction.TRANSACTIONS);
        TopUpRecord t = journal.topUp(seq).orElseThrow(() -> new IllegalArgumentException("no top-up " + seq));
        return new TransactionDetail(t, journal.notes(seq), journal.events(seq), journal.printJobs(seq), records.settlement(seq));
    }

    public ReceiptReprinter.Outcome reprint(long seq) {
        Operator o = desk.require(MaintenanceFunction.REPRINT);
        TopUpRecord t = journal.topUp(seq).orElseThrow(() -> new IllegalArgumentException("no top-up " + seq));
        if (journal.printJobs(seq).isEmpty()) {
            throw new DeskRefusal(DeskRefusal.Reason.NO_RECEIPT_TO_REPRINT, "top-up " + seq + " has no receipt to print again (" + t.state() + ")",
                    String.valueOf(seq));
        }
        records.audit(AuditTrail.of(o, "REPRINT", reference(t), "", ""));
        return reprinter.reprint(seq);
    }

    /** Pays out the money held under a top-up's claim code at the register, once. */
    public ClaimSettlement settle(long seq) {
        Operator o = desk.require(MaintenanceFunction.SETTLE_CLAIM);
        TopUpRecord t = journal.topUp(seq).orElseThrow(() -> new IllegalArgumentException("no top-up " + seq));
        // Said here in the staff's words; the journal checks the same again inside its transaction.
        if (t.state() == TopUpState.SETTLED || records.settlement(seq).isPresent()) {
            throw new DeskRefusal(DeskRefusal.Reason.CLAIM_ALREADY_PAID_OUT, "claim code " + t.claimCode() + " was already paid out",
                    t.claimCode().value());
        }
        if (!t.holdsMoneyUnderClaim()) {
            throw new DeskRefusal(DeskRefusal.Reason.NOTHING_HELD_UNDER_THE_CLAIM, "top-up " + seq + " is " + t.state() + " with "
                    + t.credited().format() + ": nothing is held under a claim code", String.valueOf(seq));
        }
        return records.settleClaim(seq, AuditTrail.of(o, "CLAIM_PAID_OUT", reference(t) + " " + t.claimCode().value(),
                t.credited().format() + " held", "paid out at the register"));
    }

    private static String reference(TopUpRecord t) {
        return "top-up " + t.seq() + " (" + t.uuid().toString().substring(0, 8) + ")";
    }
}
