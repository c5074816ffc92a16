package jp.konbini.flow;

import java.util.Optional;
import jp.konbini.domain.catalog.Product;

/** A product on the choose-product screen, and why it cannot be bought now, if it cannot. */
public record Offer(Product product, Optional<Unavailable> unavailable) {

    /** Why a product is shown but cannot be chosen. */
    public enum Unavailable {
        /** Offline, one top-up may not cost more than {@code offline.max-topup-yen} (or what the unsynced bound leaves). */
        ABOVE_CURRENT_LIMIT,
        /** The price cannot be paid exactly with the notes this kiosk takes, and no change is given. */
        NOT_PAYABLE_WITH_NOTES
    }

    public boolean available() {
        return unavailable.isEmpty();
    }
}
