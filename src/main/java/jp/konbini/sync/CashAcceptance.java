package jp.konbini.sync;

import java.util.List;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.OfflineExposure;

/**
 * Whether the kiosk may take cash for a new top-up now, and up to what price.
 *
 * @param largestTopUp the most one new top-up may cost now: offline it is capped at
 *                     {@code offline.max-topup-yen}, always at what is left under the unsynced total
 * @param reasons      empty when cash is taken
 * @param online       whether the last contact with the central server succeeded
 */
public record CashAcceptance(boolean takesCash, List<StopReason> reasons, Yen largestTopUp, boolean online, OfflineExposure exposure) {

    public CashAcceptance {
        reasons = List.copyOf(reasons);
    }
}
