package jp.konbini.report;

import jp.konbini.config.KioskConfig;

/**
 * The kiosk a report is about, named as the receipt header names it: the store's name and code
 * and the kiosk id from the configuration (the configuration holds no street address).
 */
public record Site(String kioskId, String storeId, String storeName) {

    public Site {
        if (kioskId.isBlank()) {
            throw new IllegalArgumentException("a report names its kiosk");
        }
    }

    public static Site of(KioskConfig config) {
        return new Site(config.kioskId(), config.store().id(), config.store().name());
    }
}
