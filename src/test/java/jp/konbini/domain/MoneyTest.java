package jp.konbini.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void yenIsExactAndFormatsTheSameInEveryLanguage() {
        assertEquals(Yen.of(3000), Yen.of(1000).plus(Yen.of(2000)));
        assertEquals(Yen.of(-500), Yen.of(500).minus(Yen.of(1000)));
        assertEquals("¥1,000", Yen.of(1000).format());
        assertEquals("¥0", Yen.ZERO.format());
        assertEquals("¥1,234,567", Yen.of(1_234_567).format());
        assertEquals("-¥500", Yen.of(-500).format());
        assertEquals(Yen.ZERO, Yen.of(-1).atLeastZero());
        assertThrows(ArithmeticException.class, () -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1)));
    }

    @Test
    void onlyNotesNotAboveTheAmountDueAreEnabled() {
        Set<Denomination> all = EnumSet.allOf(Denomination.class);
        assertEquals(EnumSet.of(Denomination.YEN_1000, Denomination.YEN_2000), Denomination.notAbove(Yen.of(3000), all));
        assertEquals(all, Denomination.notAbove(Yen.of(10000), all));
        assertEquals(EnumSet.noneOf(Denomination.class), Denomination.notAbove(Yen.of(999), all));
        assertEquals(EnumSet.of(Denomination.YEN_1000),
                Denomination.notAbove(Yen.of(9000), EnumSet.of(Denomination.YEN_1000, Denomination.YEN_10000)));
    }

    @Test
    void aPriceMustBePayableExactlyWithTheAcceptedNotes() {
        Set<Denomination> all = EnumSet.allOf(Denomination.class);
        assertTrue(Denomination.canPayExactly(Yen.of(3000), all));
        assertFalse(Denomination.canPayExactly(Yen.of(3500), all));
        Set<Denomination> big = EnumSet.of(Denomination.YEN_5000, Denomination.YEN_10000);
        assertTrue(Denomination.canPayExactly(Yen.of(15000), big));
        assertFalse(Denomination.canPayExactly(Yen.of(3000), big));
        Set<Denomination> twoAndFive = EnumSet.of(Denomination.YEN_2000, Denomination.YEN_5000);
        assertTrue(Denomination.canPayExactly(Yen.of(9000), twoAndFive));
        assertFalse(Denomination.canPayExactly(Yen.of(3000), twoAndFive), "3000 is a multiple of the gcd 1000 but no sum of 2000s and 5000s");
        assertFalse(Denomination.canPayExactly(Yen.of(1000), Set.of()));
    }

    @Test
    void denominationsAreFoundByValue() {
        assertEquals(Denomination.YEN_2000, Denomination.ofYen(2000).orElseThrow());
        assertTrue(Denomination.ofYen(500).isEmpty());
    }
}
