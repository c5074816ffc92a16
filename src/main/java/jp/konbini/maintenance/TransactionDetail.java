package jp.konbini.maintenance;

import java.util.List;
import java.util.Optional;
import jp.konbini.journal.ClaimSettlement;
import jp.konbini.journal.MoneyEvent;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.TopUpRecord;

/** One top-up as staff see it: its record (the line shown masked), notes, money events, receipts and any payout. */
public record TransactionDetail(TopUpRecord topUp, List<NoteRecord> notes, List<MoneyEvent> events, List<PrintJobRecord> receipts,
                                Optional<ClaimSettlement> settlement) {

    public String maskedLine() {
        return topUp.line().masked();
    }

    /** Whether money is held under the claim code that staff may pay out at the register. */
    public boolean settleable() {
        return settlement.isEmpty() && topUp.holdsMoneyUnderClaim();
    }
}
