package jp.konbini.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.config.KioskConfig;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.TopUpRecord;

/**
 * Builds receipts from the journal's record of a top-up (what was sold, what was paid, in which
 * notes), the kiosk's configuration (issuer, store, link, support) and the delivery status that
 * the central side reports. Pure: the same inputs give the same receipt, so a reprint weeks later
 * says exactly what the first print said.
 */
public final class ReceiptFactory {

    /** Receipts state Japan time, whatever the kiosk's system zone. */
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private final KioskConfig config;

    public ReceiptFactory(KioskConfig config) {
        this.config = config;
    }

    /**
     * The receipt of a completed top-up.
     *
     * @throws IllegalArgumentException when the top-up is not complete (queued or applied)
     */
    public Receipt sale(TopUpRecord topUp, List<NoteRecord> notes, ReceiptStatus status) {
        if (topUp.state() != TopUpState.QUEUED && topUp.state() != TopUpState.APPLIED) {
            throw new IllegalArgumentException("top-up " + topUp.seq() + " is " + topUp.state() + "; only a completed top-up has a sale receipt");
        }
        ProductLine product = new ProductLine(topUp.carrier(), topUp.productNameJa(), topUp.productName(), topUp.validityDays(),
                topUp.data(), topUp.price(), topUp.taxCategory());
        List<TaxLine> tax = ConsumptionTax.perRate(new EnumMap<>(Map.of(topUp.taxCategory(), topUp.price())));
        return receipt(ReceiptKind.SALE, topUp, notes, Optional.of(product), tax, topUp.price(), Optional.of(status));
    }

    /**
     * The credit note of a session that took cash but sold nothing (abandoned, or refused by the
     * carrier): the amount held and the claim code.
     */
    public Receipt credit(TopUpRecord topUp, List<NoteRecord> notes) {
        if ((topUp.state() != TopUpState.ABANDONED && topUp.state() != TopUpState.REFUSED) || !topUp.credited().isPositive()) {
            throw new IllegalArgumentException("top-up " + topUp.seq() + " is " + topUp.state() + " with " + topUp.credited()
                    + " credited; a credit note is for cash held without a purchase");
        }
        return receipt(ReceiptKind.CREDIT, topUp, notes, Optional.empty(), List.of(), topUp.credited(), Optional.empty());
    }

    /** The ASCII URL identifying a transaction: {@code <receipt.link-base>/<kiosk id>/<uuid>}. */
    public String link(UUID reference) {
        return config.receipts().linkBase() + "/" + config.kioskId() + "/" + reference;
    }

    private Receipt receipt(ReceiptKind kind, TopUpRecord t, List<NoteRecord> notes, Optional<ProductLine> product, List<TaxLine> tax,
                            Yen total, Optional<ReceiptStatus> status) {
        List<CashCount> inserted = inserted(t, notes);
        Instant when = t.closedAt().orElse(t.openedAt());
        return new Receipt(kind, t.language(), config.issuer().name(), config.issuer().registrationNumber(), config.store().id(),
                config.store().name(), config.kioskId(), when.atZone(JST), t.seq(), t.uuid(), product, t.line().masked(),
                config.taxMode(), tax, total, inserted, t.credited(), status, t.claimCode(), link(t.uuid()),
                config.receipts().supportContact(), Optional.empty(), false);
    }

    /** Credited notes by denomination, largest first; they must add up to what the journal says was credited. */
    private static List<CashCount> inserted(TopUpRecord t, List<NoteRecord> notes) {
        Map<Denomination, Integer> counts = new EnumMap<>(Denomination.class);
        Yen sum = Yen.ZERO;
        for (NoteRecord n : notes) {
            if (n.topUpSeq() != t.seq()) {
                throw new IllegalArgumentException("note " + n.id() + " belongs to top-up " + n.topUpSeq() + ", not " + t.seq());
            }
            if (n.state() == NoteState.CREDITED) {
                Denomination d = Denomination.ofYen(n.value().amount())
                        .orElseThrow(() -> new IllegalArgumentException("note " + n.id() + " of " + n.value() + " is no denomination"));
                counts.merge(d, 1, Integer::sum);
                sum = sum.plus(n.value());
            }
        }
        if (!sum.equals(t.credited())) {
            throw new IllegalArgumentException("notes of top-up " + t.seq() + " add up to " + sum + ", the journal says " + t.credited());
        }
        List<CashCount> list = new ArrayList<>();
        counts.forEach((d, c) -> list.add(new CashCount(d, c)));
        list.sort((a, b) -> b.denomination().value().compareTo(a.denomination().value()));
        return list;
    }
}
