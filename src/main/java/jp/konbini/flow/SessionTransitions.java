package jp.konbini.flow;

import static jp.konbini.flow.Screen.ATTRACT;
import static jp.konbini.flow.Screen.CHOOSE_PRODUCT;
import static jp.konbini.flow.Screen.CONFIRM_CANCEL;
import static jp.konbini.flow.Screen.CONFIRM_LINE;
import static jp.konbini.flow.Screen.CONFIRM_ORDER;
import static jp.konbini.flow.Screen.CREDIT_ISSUED;
import static jp.konbini.flow.Screen.DONE;
import static jp.konbini.flow.Screen.ENTER_LINE;
import static jp.konbini.flow.Screen.INSERT_CASH;
import static jp.konbini.flow.Screen.LANGUAGE;
import static jp.konbini.flow.Screen.MAINTENANCE;
import static jp.konbini.flow.Screen.OUT_OF_SERVICE;
import static jp.konbini.flow.Screen.PROCESSING;
import static jp.konbini.flow.Screen.STARTING;
import static jp.konbini.flow.SessionTrigger.BACK;
import static jp.konbini.flow.SessionTrigger.CANCEL_ASKED;
import static jp.konbini.flow.SessionTrigger.CASH_OPENED;
import static jp.konbini.flow.SessionTrigger.CONFIRM;
import static jp.konbini.flow.SessionTrigger.CONFIRMED;
import static jp.konbini.flow.SessionTrigger.CREDIT_HELD;
import static jp.konbini.flow.SessionTrigger.ENDED;
import static jp.konbini.flow.SessionTrigger.GO_ON_PAYING;
import static jp.konbini.flow.SessionTrigger.LANGUAGE_CHOSEN;
import static jp.konbini.flow.SessionTrigger.LINE_ACCEPTED;
import static jp.konbini.flow.SessionTrigger.MAINTENANCE_ENTERED;
import static jp.konbini.flow.SessionTrigger.MAINTENANCE_LEFT;
import static jp.konbini.flow.SessionTrigger.PAID_IN_FULL;
import static jp.konbini.flow.SessionTrigger.PRODUCT_CHOSEN;
import static jp.konbini.flow.SessionTrigger.RECOVERED;
import static jp.konbini.flow.SessionTrigger.SERVICE_LOST;
import static jp.konbini.flow.SessionTrigger.SERVICE_RESTORED;
import static jp.konbini.flow.SessionTrigger.STAFF_NEEDED;
import static jp.konbini.flow.SessionTrigger.START;

import jp.konbini.domain.TransitionTable;

/**
 * The customer session's state machine. Before any cash a session may end at every step (cancel,
 * timeout, a device failing). From the insert-cash screen on, the only ways out are paying in
 * full, ending with the money held under a claim code, or (with no money in) cancelling: there is
 * no edge that drops credited money. A session that loses a device before any cash simply ends
 * ({@code ENDED}); the attract screen then hands over to out-of-service in the same step.
 */
final class SessionTransitions {

    static final TransitionTable<Screen, SessionTrigger> TABLE =
            TransitionTable.builder("session", Screen.class, SessionTrigger.class)
                    .on(STARTING, RECOVERED, ATTRACT)
                    .on(STARTING, SERVICE_LOST, OUT_OF_SERVICE)
                    .on(ATTRACT, START, LANGUAGE)
                    .on(ATTRACT, SERVICE_LOST, OUT_OF_SERVICE)
                    .on(ATTRACT, MAINTENANCE_ENTERED, MAINTENANCE)
                    .on(OUT_OF_SERVICE, SERVICE_RESTORED, ATTRACT)
                    .on(OUT_OF_SERVICE, MAINTENANCE_ENTERED, MAINTENANCE)
                    .on(MAINTENANCE, MAINTENANCE_LEFT, ATTRACT)
                    .on(MAINTENANCE, SERVICE_LOST, OUT_OF_SERVICE)
                    .on(LANGUAGE, LANGUAGE_CHOSEN, ENTER_LINE)
                    .on(LANGUAGE, ENDED, ATTRACT)
                    .on(ENTER_LINE, LINE_ACCEPTED, CONFIRM_LINE)
                    .on(ENTER_LINE, BACK, LANGUAGE)
                    .on(ENTER_LINE, ENDED, ATTRACT)
                    .on(CONFIRM_LINE, CONFIRM, CHOOSE_PRODUCT)
                    .on(CONFIRM_LINE, BACK, ENTER_LINE)
                    .on(CONFIRM_LINE, ENDED, ATTRACT)
                    .on(CHOOSE_PRODUCT, PRODUCT_CHOSEN, CONFIRM_ORDER)
                    .on(CHOOSE_PRODUCT, BACK, ENTER_LINE)
                    .on(CHOOSE_PRODUCT, ENDED, ATTRACT)
                    .on(CONFIRM_ORDER, CASH_OPENED, INSERT_CASH)
                    .on(CONFIRM_ORDER, BACK, CHOOSE_PRODUCT)
                    .on(CONFIRM_ORDER, ENDED, ATTRACT)
                    .on(INSERT_CASH, PAID_IN_FULL, PROCESSING)
                    .on(INSERT_CASH, CANCEL_ASKED, CONFIRM_CANCEL)
                    .on(INSERT_CASH, CREDIT_HELD, CREDIT_ISSUED)
                    .on(INSERT_CASH, ENDED, ATTRACT)
                    .on(INSERT_CASH, STAFF_NEEDED, OUT_OF_SERVICE)
                    .on(CONFIRM_CANCEL, GO_ON_PAYING, INSERT_CASH)
                    .on(CONFIRM_CANCEL, PAID_IN_FULL, PROCESSING)
                    .on(CONFIRM_CANCEL, CREDIT_HELD, CREDIT_ISSUED)
                    .on(CONFIRM_CANCEL, STAFF_NEEDED, OUT_OF_SERVICE)
                    .on(PROCESSING, CONFIRMED, DONE)
                    .on(DONE, ENDED, ATTRACT)
                    .on(CREDIT_ISSUED, ENDED, ATTRACT)
                    .build();

    private SessionTransitions() {
    }
}
