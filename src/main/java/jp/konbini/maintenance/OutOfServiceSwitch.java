package jp.konbini.maintenance;

import java.util.Optional;
import jp.konbini.journal.MaintenanceRecords;

/** Takes the kiosk out of service with a reason customers see, or puts it back; audited with before and after. */
public final class OutOfServiceSwitch {

    private final MaintenanceDesk desk;
    private final KioskControl kiosk;
    private final MaintenanceRecords records;

    public OutOfServiceSwitch(MaintenanceDesk desk, KioskControl kiosk, MaintenanceRecords records) {
        this.desk = desk;
        this.kiosk = kiosk;
        this.records = records;
    }

    public Optional<String> reason() {
        return kiosk.outOfServiceReason();
    }

    /** @param reason what customers are told (1 to 80 characters), or empty to serve them again */
    public void set(Optional<String> reason) {
        Operator o = desk.require(MaintenanceFunction.OUT_OF_SERVICE);
        Optional<String> cleaned = reason.map(String::strip).filter(r -> !r.isEmpty());
        if (cleaned.filter(r -> r.length() > 80).isPresent()) {
            throw new DeskRefusal(DeskRefusal.Reason.OUT_OF_SERVICE_REASON_TOO_LONG, "the reason customers see is at most 80 characters", 80);
        }
        Optional<String> before = kiosk.outOfServiceReason();
        if (before.equals(cleaned)) {
            return;
        }
        records.audit(AuditTrail.of(o, "OUT_OF_SERVICE", "kiosk", before.orElse("in service"), cleaned.orElse("in service")));
        kiosk.setOutOfService(cleaned);
    }
}
