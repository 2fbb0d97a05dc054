package dev.rapport.report.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money is labelled with the market's currency symbol, the same on every machine. */
class CurrencySymbolTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"EUR, €", "eur, €", "USD, $", "GBP, £", "JPY, ¥", "CHF, CHF", "SEK, SEK", "XYZ, XYZ"})
    void aCodeHasItsSymbolOrStaysACode(String code, String symbol) {
        assertEquals(symbol, CurrencySymbol.of(code));
    }

    @Test
    void aCodeWrittenBeforeAnAmountIsSpacedFromIt() {
        assertEquals("€", CurrencySymbol.prefix("EUR"));
        assertEquals("CHF ", CurrencySymbol.prefix("CHF"));
    }

    @Test
    void moneyMetricsTakeTheSymbolAsTheirUnit() {
        MetricCatalog euros = new MetricCatalog(1, "EUR");
        assertEquals("Cumulative profit (€)", euros.metric("cumulative_profit").axisTitle());
        assertEquals("Net present value of profit (€)", euros.metric("discounted_profit").axisTitle());
        assertEquals("Incremental net present value of profit (€)", euros.metric("incremental_discounted_profit").axisTitle());
        assertEquals("Revenue per week (€)", euros.metric("revenue").axisTitle());
        assertEquals("Members (consumers)", euros.metric("members").axisTitle());
        assertEquals("$", new MetricCatalog(1, "USD").metric("clv").unit());
    }
}
