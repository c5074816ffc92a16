package jp.konbini.journal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.TopUpState;

/**
 * A journalled top-up as it stands now, with the product as it was sold (the catalogue may have
 * changed since).
 */
public record TopUpRecord(
        long seq,
        UUID uuid,
        ClaimCode claimCode,
        LineId line,
        ProductId productId,
        String carrier,
        String productName,
        String productNameJa,
        int validityDays,
        DataAllowance data,
        Yen price,
        TaxCategory taxCategory,
        Language language,
        TopUpState state,
        Yen credited,
        Instant openedAt,
        Optional<Instant> closedAt) {

    /** This top-up after a credit: {@code credited} in total, now in {@code newState}. */
    TopUpRecord credited(Yen newCredited, TopUpState newState) {
        return new TopUpRecord(seq, uuid, claimCode, line, productId, carrier, productName, productNameJa, validityDays, data,
                price, taxCategory, language, newState, newCredited, openedAt, closedAt);
    }

    /** This top-up closed at {@code at} in {@code newState}. */
    TopUpRecord closed(TopUpState newState, Instant at) {
        return new TopUpRecord(seq, uuid, claimCode, line, productId, carrier, productName, productNameJa, validityDays, data,
                price, taxCategory, language, newState, credited, openedAt, Optional.of(at));
    }

    /**
     * Whether money is held under the claim code, to be paid out at the register: a credit receipt
     * (ended without a purchase) or a top-up the carrier refused, with yen in. Paid out, it is SETTLED.
     */
    public boolean holdsMoneyUnderClaim() {
        return (state == TopUpState.ABANDONED || state == TopUpState.REFUSED) && credited.isPositive();
    }

    /** What the customer still has to pay; never negative. */
    public Yen due() {
        return price.minus(credited).atLeastZero();
    }
}
