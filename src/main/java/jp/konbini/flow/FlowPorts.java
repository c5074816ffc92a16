package jp.konbini.flow;

import java.util.Objects;
import java.util.function.Supplier;
import jp.konbini.device.acceptor.NoteAcceptor;
import jp.konbini.domain.catalog.Catalog;
import jp.konbini.journal.Journal;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.sync.CashAcceptance;
import jp.konbini.sync.TopUpConfirmer;

/**
 * What the flow works through: the journal (the record of money), the acceptor, the receipt
 * printer (through the journalled {@link ReceiptPrinting}), the central server's real-time
 * confirmation, the offline bounds and the current catalogue.
 */
public record FlowPorts(
        Journal journal,
        NoteAcceptor acceptor,
        ReceiptPrinting printing,
        TopUpConfirmer confirmer,
        Supplier<CashAcceptance> cashAcceptance,
        Supplier<Catalog> catalog) {

    public FlowPorts {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(acceptor, "acceptor");
        Objects.requireNonNull(printing, "printing");
        Objects.requireNonNull(confirmer, "confirmer");
        Objects.requireNonNull(cashAcceptance, "cashAcceptance");
        Objects.requireNonNull(catalog, "catalog");
    }
}
