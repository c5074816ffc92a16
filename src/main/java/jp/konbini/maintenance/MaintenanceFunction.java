package jp.konbini.maintenance;

/** The functions of maintenance mode, and whether store staff may use them (technicians may use all). */
public enum MaintenanceFunction {
    CASH_COLLECTION(true),
    TRANSACTIONS(true),
    REPRINT(true),
    PAPER(true),
    OUT_OF_SERVICE(true),
    SETTLE_CLAIM(false),
    DIAGNOSTICS(false),
    NOTE_TEST(false),
    SERIAL_TRAFFIC(false),
    SYNC(false),
    CONFIGURATION(false),
    EXPORT(false),
    CHARTS(false);

    private final boolean staffMay;

    MaintenanceFunction(boolean staffMay) {
        this.staffMay = staffMay;
    }

    boolean staffMay() {
        return staffMay;
    }
}
