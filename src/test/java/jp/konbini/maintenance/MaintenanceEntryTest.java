package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.konbini.journal.AuditEntry;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keypad against the real journal: roles, wrong PINs, the lock and its survival across a restart. */
class MaintenanceEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final OperatorDirectory OPERATORS = OperatorDirectory.of(users(), "test");

    @TempDir
    Path dir;

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    private static Map<String, String> users() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tanaka", "staff:" + PinHash.of("1111".toCharArray(), 10_000, RANDOM));
        m.put("sato", "technician:" + PinHash.of("2222".toCharArray(), 10_000, RANDOM));
        return m;
    }

    private H2Journal journal() {
        return H2Journal.open(JournalLocation.in(dir), "KSK-TEST-0001", "test", clock);
    }

    private static EntryResult enter(MaintenanceEntry entry, String pin) {
        return entry.enter(pin.toCharArray());
    }

    @Test
    void eachPinOpensMaintenanceForItsOwnerInTheirRole() {
        try (H2Journal journal = journal()) {
            MaintenanceEntry entry = new MaintenanceEntry(OPERATORS, journal.maintenance(), clock);
            Operator staff = ((EntryResult.Entered) enter(entry, "1111")).operator();
            Operator tech = ((EntryResult.Entered) enter(entry, "2222")).operator();
            assertEquals(new Operator("tanaka", Role.STAFF), staff);
            assertEquals(Role.TECHNICIAN, tech.role());
            assertTrue(staff.may(MaintenanceFunction.CASH_COLLECTION) && staff.may(MaintenanceFunction.REPRINT)
                    && staff.may(MaintenanceFunction.PAPER) && staff.may(MaintenanceFunction.OUT_OF_SERVICE));
            assertTrue(!staff.may(MaintenanceFunction.DIAGNOSTICS) && !staff.may(MaintenanceFunction.SERIAL_TRAFFIC)
                    && !staff.may(MaintenanceFunction.SETTLE_CLAIM) && !staff.may(MaintenanceFunction.CONFIGURATION));
            assertTrue(Arrays.stream(MaintenanceFunction.values()).allMatch(tech::may));
            List<AuditEntry> audit = journal.maintenance().auditAfter(0, 10);
            assertEquals(List.of("tanaka ENTERED", "sato ENTERED"), audit.stream().map(e -> e.record().actor() + " " + e.record().action()).toList());
        }
    }

    @Test
    void fiveWrongPinsLockEntryFor15MinutesEvenForARightPinAndEvenAfterARestart() {
        try (H2Journal journal = journal()) {
            MaintenanceEntry entry = new MaintenanceEntry(OPERATORS, journal.maintenance(), clock);
            for (int left = 4; left >= 1; left--) {
                assertEquals(new EntryResult.Wrong(left), enter(entry, "9999"));
            }
            assertEquals(new EntryResult.Locked(T0.plus(MaintenanceEntry.LOCK_FOR)), enter(entry, "9999"));
            assertInstanceOf(EntryResult.Locked.class, enter(entry, "2222"), "while locked not even a right PIN is checked");
        }
        now = T0.plus(Duration.ofMinutes(14)).plusSeconds(59);
        try (H2Journal journal = journal()) {
            MaintenanceEntry entry = new MaintenanceEntry(OPERATORS, journal.maintenance(), clock);
            assertInstanceOf(EntryResult.Locked.class, enter(entry, "2222"), "the lock outlives a restart");
        }
        now = T0.plus(MaintenanceEntry.LOCK_FOR);
        try (H2Journal journal = journal()) {
            MaintenanceEntry entry = new MaintenanceEntry(OPERATORS, journal.maintenance(), clock);
            assertInstanceOf(EntryResult.Entered.class, enter(entry, "2222"));
            assertEquals(new EntryResult.Wrong(4), enter(entry, "9999"), "after the lock the count starts again");
            List<String> actions = journal.maintenance().auditAfter(0, 20).stream().map(e -> e.record().action()).toList();
            assertEquals(List.of("PIN_WRONG", "PIN_WRONG", "PIN_WRONG", "PIN_WRONG", "PIN_WRONG", "PIN_WHILE_LOCKED", "PIN_WHILE_LOCKED",
                    "ENTERED", "PIN_WRONG"), actions);
        }
    }

    @Test
    void thePinArrayIsWipedAfterChecking() {
        try (H2Journal journal = journal()) {
            char[] pin = "1111".toCharArray();
            new MaintenanceEntry(OPERATORS, journal.maintenance(), clock).enter(pin);
            assertEquals("\0\0\0\0", new String(pin));
        }
    }

    @Test
    void aBadUsersFileIsRefusedNamingTheLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OperatorDirectory.of(Map.of("kim", "manager:x"), "users.properties"))
                .getMessage().startsWith("users.properties: kim: the role is staff or technician"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OperatorDirectory.of(Map.of("kim", "staff:pbkdf2-sha256:x"), "users.properties"))
                .getMessage().startsWith("users.properties: kim: a PIN hash is"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OperatorDirectory.of(Map.of(), "users.properties"))
                .getMessage().contains("no one may enter maintenance mode"));
    }
}
