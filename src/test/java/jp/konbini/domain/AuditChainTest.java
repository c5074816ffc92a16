package jp.konbini.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.konbini.domain.audit.AuditChain;
import org.junit.jupiter.api.Test;

/**
 * The audit chain's form is fixed: kiosks hold entries hashed with it and the server recomputes it.
 * The expected values were computed outside Java from the documented canonical text.
 */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-18T11:06:40.123456Z");

    @Test
    void theHashIsSha256OfTheDocumentedCanonicalText() {
        // sha256("000…0|1|1795000000123456|5:alice|10:TECHNICIAN|14:OUT_OF_SERVICE|6:kiosk |2:on|3:off"), UTF-8, hex
        assertEquals("70b876a29fbecbef038f0d45ee28f7689c0717db88f9e8e137e41437a5917202",
                AuditChain.next(AuditChain.GENESIS, 1, AT, "alice", "TECHNICIAN", "OUT_OF_SERVICE", "kiosk ", "on", "off"));
        // Lengths count characters, the text is hashed as UTF-8: sha256("000…0|2|1795000000123456|2:田中|5:STAFF|7:REPRINT|4:#42 |0:|0:")
        assertEquals("d6f0ca152aeb1bb97a747a9d3695c614abe768e9b5d0a83f11d933f04300af8b",
                AuditChain.next(AuditChain.GENESIS, 2, AT, "田中", "STAFF", "REPRINT", "#42 ", "", ""));
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheLink() {
        String base = AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "s", "b", "c");
        Set<String> seen = new HashSet<>(List.of(base,
                AuditChain.next("1".repeat(64), 1, AT, "a", "STAFF", "X", "s", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 2, AT, "a", "STAFF", "X", "s", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT.plusNanos(1000), "a", "STAFF", "X", "s", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "b", "STAFF", "X", "s", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "TECHNICIAN", "X", "s", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "Y", "s", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "t", "b", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "s", "x", "c"),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "s", "b", "x")));
        assertEquals(10, seen.size(), "each change gives another hash");
        // Length prefixes: moving a character from one field to the next is a different entry.
        assertNotEquals(AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "s", "bc", ""),
                AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "s", "b", "c"));
        // Finer than microseconds is not kept by the journal and does not count.
        assertEquals(base, AuditChain.next(AuditChain.GENESIS, 1, AT.plusNanos(999), "a", "STAFF", "X", "s", "b", "c"));
    }

    @Test
    void aHashHasItsForm() {
        assertTrue(AuditChain.isHash(AuditChain.GENESIS));
        assertTrue(AuditChain.isHash(AuditChain.next(AuditChain.GENESIS, 1, AT, "a", "STAFF", "X", "", "", "")));
        assertFalse(AuditChain.isHash("E2669751C59A277EB679313DAFD530A350E74334FE412C6B2DC49F6E4F339F43"));
        assertFalse(AuditChain.isHash("e266"));
        assertFalse(AuditChain.isHash(null));
    }
}
