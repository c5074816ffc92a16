package jp.konbini.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import jp.konbini.domain.topup.ClaimCode;
import org.junit.jupiter.api.Test;

class ClaimCodeTest {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXY";

    @Test
    void randomCodesAreValidAndDisplayedInGroups() {
        Random random = new Random(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ClaimCode code = ClaimCode.random(random);
            assertEquals(code, new ClaimCode(code.value()));
            assertEquals(code, ClaimCode.parse(code.display().toLowerCase()));
            seen.add(code.value());
        }
        assertEquals(1000, seen.size());
        ClaimCode code = ClaimCode.random(random);
        assertEquals(code.value().substring(0, 4) + "-" + code.value().substring(4, 8) + "-" + code.value().charAt(8), code.display());
    }

    @Test
    void everySingleMistypedSymbolAndEverySwapOfNeighboursIsCaught() {
        Random random = new Random(9);
        for (int n = 0; n < 200; n++) {
            String value = ClaimCode.random(random).value();
            for (int i = 0; i < value.length(); i++) {
                for (char c : SYMBOLS.toCharArray()) {
                    if (c != value.charAt(i)) {
                        String typo = value.substring(0, i) + c + value.substring(i + 1);
                        assertThrows(IllegalArgumentException.class, () -> new ClaimCode(typo), typo);
                    }
                }
            }
            for (int i = 0; i + 1 < value.length(); i++) {
                if (value.charAt(i) != value.charAt(i + 1)) {
                    String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                    assertThrows(IllegalArgumentException.class, () -> new ClaimCode(swapped), swapped);
                }
            }
        }
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsDigits() {
        ClaimCode code = ClaimCode.random(new Random(3));
        String typed = code.value().replace('0', 'O').replace('1', 'I');
        assertEquals(code, ClaimCode.parse(typed));
        assertNotEquals("", code.display());
    }
}
