package jp.konbini.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.konbini.domain.line.Iccid;
import jp.konbini.domain.line.InvalidLineIdException;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.line.LineIdError;
import jp.konbini.domain.line.Network;
import jp.konbini.domain.line.PhoneNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LineIdTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "09012345678           | 09012345678",
        "090-1234-5678         | 09012345678",
        "090 1234 5678         | 09012345678",
        "０９０－１２３４－５６７８ | 09012345678",
        "０９０ー１２３４ー５６７８ | 09012345678",
        "０９０　１２３４　５６７８ | 09012345678",
        "+81 90 1234 5678      | 09012345678",
        "+81-90-1234-5678      | 09012345678",
        "＋８１９０１２３４５６７８  | 09012345678",
        "+81 090 1234 5678     | 09012345678",
        "819012345678          | 09012345678",
        "0081 90 1234 5678     | 09012345678",
        "(090) 1234-5678       | 09012345678",
        "90 1234 5678          | 09012345678",
        "06012345678           | 06012345678",
        "07012345678           | 07012345678",
        "08012345678           | 08012345678",
        "02012345678           | 02012345678",
        "02012345678901        | 02012345678901",
        "+81 20 1234 5678 901  | 02012345678901",
    })
    void acceptsJapaneseMobileNumbersInEveryCommonForm(String typed, String national) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertEquals(national, phone.digits());
        assertEquals("+81" + national.substring(1), phone.e164());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                    | EMPTY",
        "'  - '                | EMPTY",
        "090-1234-567a         | INVALID_CHARACTERS",
        "0312345678            | NOT_MOBILE",
        "05012345678           | NOT_MOBILE",
        "0120123456            | NOT_MOBILE",
        "0901234567            | WRONG_LENGTH",
        "090123456789          | WRONG_LENGTH",
        "020123456789          | WRONG_LENGTH",
        "+44 7700 900123       | FOREIGN_NUMBER",
        "+1 415 555 0100       | FOREIGN_NUMBER",
        "12345                 | WRONG_LENGTH",
    })
    void refusesWhatIsNotAJapaneseMobileNumberSayingWhy(String typed, LineIdError expected) {
        InvalidLineIdException e = assertThrows(InvalidLineIdException.class, () -> PhoneNumber.parse(typed));
        assertEquals(expected, e.error());
    }

    @Test
    void aForeignNumberNamesItsCountry() {
        InvalidLineIdException e = assertThrows(InvalidLineIdException.class, () -> PhoneNumber.parse("+44 7700 900123"));
        assertEquals("a phone number from GB, not Japan", e.getMessage());
    }

    @Test
    void phoneNumbersAreReadBackGroupedAndMaskedOnReceipts() {
        PhoneNumber phone = PhoneNumber.parse("09012345678");
        assertEquals("090-1234-5678", phone.grouped());
        assertEquals("090-****-5678", phone.masked());
        assertEquals(Network.UNKNOWN, phone.networkHint(), "numbers are ported; the prefix says nothing about the network");
        PhoneNumber long020 = PhoneNumber.parse("02012345678901");
        assertEquals("020-1234-5678-901", long020.grouped());
        assertEquals("020-****-***8-901", long020.masked());
    }

    @Test
    void theReferenceIccidIsValidAndAChangedLastDigitIsNot() {
        Iccid iccid = Iccid.parse("89811000123456789019");
        assertEquals("89811000123456789019", iccid.digits());
        assertEquals("8981 1000 1234 5678 9019", iccid.grouped());
        assertEquals("****9019", iccid.masked());
        assertEquals(Network.DOCOMO, iccid.networkHint());
        assertFalse(iccid.unusualLength());
        for (char last = '0'; last <= '9'; last++) {
            if (last != '9') {
                String changed = "8981100012345678901" + last;
                InvalidLineIdException e = assertThrows(InvalidLineIdException.class, () -> Iccid.parse(changed), changed);
                assertEquals(LineIdError.WRONG_CHECK_DIGIT, e.error());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "8981 1000 1234 5678 9019   | 89811000123456789019",
        "8981-1000-1234-5678-9019   | 89811000123456789019",
        "89811000123456789019F      | 89811000123456789019",
        "89811000123456789019f      | 89811000123456789019",
        "８９８１１０００１２３４５６７８９０１９ | 89811000123456789019",
        "8981101234567890120        | 8981101234567890120",
    })
    void iccidsAreNormalised(String typed, String digits) {
        assertEquals(digits, Iccid.parse(typed).digits());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "89811000123456789109                | WRONG_CHECK_DIGIT",
        "8981100012345678901FF               | INVALID_CHARACTERS",
        "8981100012345X789019                | INVALID_CHARACTERS",
        "89049032000001000000000000000123    | EID_NOT_ICCID",
        "8981100012345678                    | ICCID_WRONG_LENGTH",
        "89811000123456789012345             | ICCID_WRONG_LENGTH",
        "8944100012345678903                 | NOT_JAPANESE_SIM",
    })
    void refusesBadIccidsSayingWhy(String typed, LineIdError expected) {
        InvalidLineIdException e = assertThrows(InvalidLineIdException.class, () -> Iccid.parse(typed));
        assertEquals(expected, e.error());
    }

    @Test
    void luhnsKnownBlindSpotPassesWhichIsWhyTheIccidIsReadBack() {
        assertEquals("89811000123456780919", Iccid.parse("89811000123456780919").digits());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "89811000123456789019 | DOCOMO",
        "8981200012345678904  | SOFTBANK",
        "8981300012345678903  | KDDI",
        "8981400012345678902  | UNKNOWN",
    })
    void theIssuerDigitsHintAtTheNetwork(String iccid, Network network) {
        assertEquals(network, Iccid.parse(iccid).networkHint());
    }

    @Test
    void parseTellsPhoneNumbersFromIccids() {
        assertInstanceOf(PhoneNumber.class, LineId.parse("090-1234-5678"));
        assertInstanceOf(Iccid.class, LineId.parse("8981 1000 1234 5678 9019"));
        assertEquals(LineIdError.WRONG_CHECK_DIGIT,
                assertThrows(InvalidLineIdException.class, () -> LineId.parse("89811000123456789018")).error());
        assertTrue(Iccid.parse("898110001234567891").unusualLength());
    }

    @Test
    void storedIdentifiersAreValidatedAgainWhenRebuilt() {
        assertEquals(PhoneNumber.parse("09012345678"), LineId.of(LineId.Kind.PHONE, "09012345678"));
        assertThrows(InvalidLineIdException.class, () -> LineId.of(LineId.Kind.ICCID, "89811000123456789018"));
    }
}
