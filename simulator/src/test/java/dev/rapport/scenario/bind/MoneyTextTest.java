package dev.rapport.scenario.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money as people write it: the suffixes read exactly, the ambiguous and foreign forms refused with a hint. */
class MoneyTextTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "150k, 150000", "150K, 150000", "1.2M, 1200000", "2bn, 2000000000", "0.5k, 500", ".5M, 500000",
        "150000, 150000", "1.5e5, 150000", "12.34, 12.34", "-5k, -5000", "1.2345678M, 1234567.8"
    })
    void suffixesStandForExactPowersOfTen(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(MoneyText.parse(text)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1.2m | M for million", "5mn | M for million", "2B | bn for billion", "2BN | bn in lower case",
        "€150k | without its currency", "150 EUR | without its currency", "150kEUR | the suffixes are",
        "'150,000' | without thousands separators", "1.2 M | without a space", "lots | write 150000",
        "1e3k | write 150000", "5x | the suffixes are"
    })
    void otherFormsAreRefusedWithAHint(String text, String hint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MoneyText.parse(text));
        assertTrue(e.getMessage().contains(hint), text + ": " + e.getMessage());
    }
}
