package jp.konbini.maintenance;

import java.util.Locale;

/** The operator's role may not use this function (the screen should not have offered it). */
public final class NotPermittedException extends RuntimeException {

    public NotPermittedException(Operator operator, MaintenanceFunction function) {
        super(operator.name() + " (" + operator.role().name().toLowerCase(Locale.ROOT) + ") may not use " + function);
    }

    static void check(Operator operator, MaintenanceFunction function) {
        if (!operator.may(function)) {
            throw new NotPermittedException(operator, function);
        }
    }
}
