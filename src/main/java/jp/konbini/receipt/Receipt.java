package jp.konbini.receipt;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;

/**
 * Everything one receipt states, nothing about how it looks. Built by {@link ReceiptFactory} from
 * the journal, the configuration and the delivery status; laid out by {@link ReceiptLayout}.
 *
 * @param transactionTime when the top-up was completed (or the cash held), in JST
 * @param product         the product sold; empty on a credit note
 * @param maskedLine      the line as printed: {@code 090-****-5678}, {@code ****9019}
 * @param taxLines        per tax rate (sale only)
 * @param total           what was bought (sale) or is held (credit)
 * @param status          applied or pending (sale only)
 * @param link            the ASCII URL in the QR code
 * @param specimen        a technician's test print, marked as such on the paper (not a receipt)
 */
public record Receipt(
        ReceiptKind kind,
        Language language,
        String issuerName,
        String registrationNumber,
        String storeId,
        String storeName,
        String kioskId,
        ZonedDateTime transactionTime,
        long sequence,
        UUID reference,
        Optional<ProductLine> product,
        String maskedLine,
        TaxMode taxMode,
        List<TaxLine> taxLines,
        Yen total,
        List<CashCount> inserted,
        Yen insertedTotal,
        Optional<ReceiptStatus> status,
        ClaimCode claimCode,
        String link,
        String supportContact,
        Optional<Reprint> reprint,
        boolean specimen) {

    public Receipt {
        taxLines = List.copyOf(taxLines);
        inserted = List.copyOf(inserted);
        if (kind == ReceiptKind.SALE && (product.isEmpty() || status.isEmpty())) {
            throw new IllegalArgumentException("a sale receipt names the product and the status");
        }
        if (kind == ReceiptKind.CREDIT && (product.isPresent() || status.isPresent() || !taxLines.isEmpty())) {
            throw new IllegalArgumentException("a credit note sells nothing: no product, status or tax");
        }
    }

    /** The transaction number as printed: the kiosk's sequence number, six digits at least. */
    public String transactionNumber() {
        return String.format(java.util.Locale.ROOT, "%06d", sequence);
    }

    /** This receipt marked as reprint number {@code reprint}. */
    public Receipt asReprint(Reprint newReprint) {
        return new Receipt(kind, language, issuerName, registrationNumber, storeId, storeName, kioskId, transactionTime, sequence,
                reference, product, maskedLine, taxMode, taxLines, total, inserted, insertedTotal, status, claimCode, link,
                supportContact, Optional.of(newReprint), specimen);
    }

    /** This receipt as a technician's test print. */
    public Receipt asSpecimen() {
        return new Receipt(kind, language, issuerName, registrationNumber, storeId, storeName, kioskId, transactionTime, sequence,
                reference, product, maskedLine, taxMode, taxLines, total, inserted, insertedTotal, status, claimCode, link,
                supportContact, reprint, true);
    }
}
