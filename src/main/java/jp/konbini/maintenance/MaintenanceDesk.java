package jp.konbini.maintenance;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.MaintenanceRecords;

/**
 * The way into and out of maintenance mode: the keypad's PIN, then the kiosk taken from customers
 * (refused while one has money in), and on leaving handed back, in service only if its devices are
 * healthy. One operator at a time; every step audited.
 */
public final class MaintenanceDesk {

    private final MaintenanceEntry entry;
    private final KioskControl kiosk;
    private final MaintenanceRecords records;
    private final List<Runnable> onLeave = new CopyOnWriteArrayList<>();
    private Optional<Operator> operator = Optional.empty();

    public MaintenanceDesk(MaintenanceEntry entry, KioskControl kiosk, MaintenanceRecords records) {
        this.entry = entry;
        this.kiosk = kiosk;
        this.records = records;
    }

    /** Runs {@code action} whenever the operator leaves (a function that must not outlive maintenance mode). */
    public void onLeave(Runnable action) {
        onLeave.add(action);
    }

    /** Whether the keypad may be shown at all (the hidden press or the key switch). */
    public synchronized boolean mayOffer() {
        return operator.isEmpty() && !kiosk.customerHasMoneyIn();
    }

    public synchronized EntryResult enter(char[] pin) {
        if (operator.isPresent()) {
            throw new IllegalStateException(operator.get().name() + " is already in maintenance mode");
        }
        EntryResult result = entry.enter(pin);
        if (result instanceof EntryResult.Entered e) {
            if (!kiosk.takeOver()) {
                records.audit(AuditTrail.of(e.operator(), "ENTRY_REFUSED", "maintenance", "", "a customer has money in"));
                return new EntryResult.CustomerPaying();
            }
            operator = Optional.of(e.operator());
        }
        return result;
    }

    public synchronized Optional<Operator> operator() {
        return operator;
    }

    /** The operator in maintenance mode who may use {@code function}. */
    public synchronized Operator require(MaintenanceFunction function) {
        Operator o = operator.orElseThrow(() -> new IllegalStateException("nobody is in maintenance mode"));
        NotPermittedException.check(o, function);
        return o;
    }

    public synchronized void leave() {
        leave("");
    }

    /** Nobody touched the screen for {@code idle}: the kiosk is handed back as if they had left, and the log says why. */
    public synchronized void leaveIdle(java.time.Duration idle) {
        leave("idle " + (idle.toMinutes() > 0 ? idle.toMinutes() + " min" : idle.toSeconds() + " s"));
    }

    private void leave(String why) {
        operator.ifPresent(o -> {
            records.audit(new AuditRecord(o.name(), o.role().name(), "LEFT", "maintenance", why,
                    kiosk.outOfServiceReason().map(r -> "out of service: " + r).orElse("back to customers")));
            operator = Optional.empty();
            onLeave.forEach(Runnable::run);
            kiosk.handBack();
        });
    }
}
