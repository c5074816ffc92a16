package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PinHashTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aPinMatchesItsHashAndNoOtherPin() {
        PinHash hash = PinHash.of("482913".toCharArray(), 10_000, RANDOM);
        assertTrue(hash.matches("482913".toCharArray()));
        assertFalse(hash.matches("482914".toCharArray()));
        assertFalse(hash.matches("48291".toCharArray()));
    }

    @Test
    void theStoredFormReadsBackAndHoldsNoPin() {
        PinHash hash = PinHash.of("1234".toCharArray(), 10_000, RANDOM);
        String stored = hash.toString();
        assertTrue(stored.startsWith("pbkdf2-sha256:10000:"), stored);
        assertFalse(stored.contains("1234".repeat(1) + ":"), stored);
        assertTrue(PinHash.parse(stored).matches("1234".toCharArray()));
        assertEquals(stored, PinHash.parse(stored).toString());
    }

    @Test
    void theSamePinGetsADifferentSaltEachTime() {
        assertNotEquals(PinHash.of("1234".toCharArray(), 10_000, RANDOM).toString(), PinHash.of("1234".toCharArray(), 10_000, RANDOM).toString());
    }

    @Test
    void malformedStoredHashesAndPinsAreRefusedWithTheReason() {
        assertEquals("a PIN hash is pbkdf2-sha256:<iterations>:<salt>:<hash>",
                assertThrows(IllegalArgumentException.class, () -> PinHash.parse("sha1:1:aa:bb")).getMessage());
        assertEquals("the iteration count of a PIN hash is a number",
                assertThrows(IllegalArgumentException.class, () -> PinHash.parse("pbkdf2-sha256:many:aa:bb")).getMessage());
        assertEquals("the salt and hash of a PIN hash are base64",
                assertThrows(IllegalArgumentException.class, () -> PinHash.parse("pbkdf2-sha256:20000:!!:bb")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PinHash.parse("pbkdf2-sha256:100:AAAAAAAAAAA=:AAAA")).getMessage()
                .contains("at least 10,000 iterations"));
        assertThrows(IllegalArgumentException.class, () -> PinHash.of("12a4".toCharArray(), 10_000, RANDOM));
        assertThrows(IllegalArgumentException.class, () -> PinHash.of("123".toCharArray(), 10_000, RANDOM));
    }
}
