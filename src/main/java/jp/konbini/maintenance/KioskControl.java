package jp.konbini.maintenance;

import java.util.Optional;

/** The customer kiosk as maintenance mode drives it (the session flow, adapted by the composition root). */
public interface KioskControl {

    /** Whether a customer has cash in right now: then maintenance mode may not even be offered. */
    boolean customerHasMoneyIn();

    /** Takes the kiosk from customers (a session before any cash is ended); false while a customer has money in. */
    boolean takeOver();

    /** Customers may use the kiosk again, if every device check passes. */
    void handBack();

    /** Out of service with a reason customers are shown, or back in service (empty). */
    void setOutOfService(Optional<String> reason);

    Optional<String> outOfServiceReason();
}
