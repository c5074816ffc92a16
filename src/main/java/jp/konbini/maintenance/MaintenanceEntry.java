package jp.konbini.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.EntryLock;
import jp.konbini.journal.MaintenanceRecords;

/**
 * Checks a PIN from the keypad: five wrong PINs in a row lock entry for 15 minutes, kept in the
 * journal so a restart (or pulling the plug) does not lift it. Every attempt is audited; the PIN
 * itself never is. The array passed in is wiped.
 */
public final class MaintenanceEntry {

    public static final int MAX_WRONG_PINS = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final String NOBODY = "-";

    private final OperatorDirectory operators;
    private final MaintenanceRecords records;
    private final Clock clock;

    public MaintenanceEntry(OperatorDirectory operators, MaintenanceRecords records, Clock clock) {
        this.operators = operators;
        this.records = records;
        this.clock = clock;
    }

    public EntryResult enter(char[] pin) {
        try {
            Instant now = clock.instant();
            EntryLock lock = records.entryLock();
            if (lock.lockedAt(now)) {
                records.audit(new AuditRecord(NOBODY, "NONE", "PIN_WHILE_LOCKED", "", "", "locked until " + lock.lockedUntil().orElseThrow()));
                return new EntryResult.Locked(lock.lockedUntil().orElseThrow());
            }
            Optional<Operator> operator = operators.find(pin);
            if (operator.isPresent()) {
                Operator o = operator.get();
                records.entered(new AuditRecord(o.name(), o.role().name(), "ENTERED", "maintenance", "", ""));
                return new EntryResult.Entered(o);
            }
            EntryLock after = records.wrongPin(MAX_WRONG_PINS, LOCK_FOR,
                    new AuditRecord(NOBODY, "NONE", "PIN_WRONG", "maintenance", "", ""));
            return after.lockedAt(clock.instant())
                    ? new EntryResult.Locked(after.lockedUntil().orElseThrow())
                    : new EntryResult.Wrong(MAX_WRONG_PINS - after.failedAttempts());
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
