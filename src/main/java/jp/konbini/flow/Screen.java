package jp.konbini.flow;

/** Where the customer session is; each has one screen in the UI. */
public enum Screen {
    /** Finishing what an earlier run left (recovery) and waiting for the devices. */
    STARTING,
    /** What the kiosk does, the notes it takes, the no-change policy; a touch starts. */
    ATTRACT,
    /** Pick a language. */
    LANGUAGE,
    /** Type the phone number or ICCID. */
    ENTER_LINE,
    /** The number read back, grouped, to confirm. */
    CONFIRM_LINE,
    /** The products for this line, with days, data and price incl. tax. */
    CHOOSE_PRODUCT,
    /** The order and its price, and the no-change policy, before any cash. */
    CONFIRM_ORDER,
    /** Taking notes: amount due and paid, the notes accepted now. */
    INSERT_CASH,
    /** Cancel asked for with money in: go on paying, or end with a credit receipt. */
    CONFIRM_CANCEL,
    /** Paid in full: the top-up is confirmed with the central server or queued. */
    PROCESSING,
    /** The top-up is done (applied, pending or refused) and the receipt printed. */
    DONE,
    /** The session ended with money in and no purchase: a credit receipt with a claim code. */
    CREDIT_ISSUED,
    /** The kiosk takes no customer: the reasons say why. */
    OUT_OF_SERVICE,
    /** Staff or a technician are at the kiosk. */
    MAINTENANCE;

    /** Screens on which a customer session is going on (a top-up may be open). */
    public boolean isCustomerSession() {
        return this != STARTING && this != ATTRACT && this != OUT_OF_SERVICE && this != MAINTENANCE;
    }
}
