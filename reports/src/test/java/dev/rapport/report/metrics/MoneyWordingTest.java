package dev.rapport.report.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.report.stats.Interval;
import org.junit.jupiter.api.Test;

/** Money as every output writes it: the currency's symbol, k and M, the sign before the symbol. */
class MoneyWordingTest {

    private static final Metric PROFIT = new Metric("cumulative_profit", "Cumulative profit", "€", ValueFormat.CURRENCY);

    @Test
    void largeAmountsAreInLowerCaseKAndMWithAtMostFourSignificantDigits() {
        assertEquals("31.46M", ValueFormat.CURRENCY.format(31_462_345));
        assertEquals("669.1k", ValueFormat.CURRENCY.format(669_140));
        assertEquals("12.5k", ValueFormat.CURRENCY.format(12_500));
        assertEquals("-12.5k", ValueFormat.CURRENCY.format(-12_500));
        assertEquals("1M", ValueFormat.CURRENCY.format(999_960), "rounded before the unit is chosen, not 1,000k");
        assertEquals("8,450", ValueFormat.CURRENCY.format(8_450), "below ten thousand, in full");
    }

    @Test
    void aMoneyMetricWritesItsSymbolAfterTheSign() {
        assertEquals("€31.46M", PROFIT.write(31_462_345));
        assertEquals("-€2.5M", PROFIT.write(-2_500_000));
        assertEquals("€8,450", PROFIT.write(8_450));
        assertEquals("CHF 12.5k", new Metric("revenue", "Revenue", "CHF", ValueFormat.CURRENCY).write(12_500));
        assertEquals("31.46M", new Metric("revenue", "Revenue", "currency", ValueFormat.CURRENCY).write(31_462_345),
                "no symbol when the results do not say which currency");
        assertEquals("26.22", new Metric("profit_per_spend", "Profit per unit spent", "", ValueFormat.RATIO).write(26.2213));
    }

    @Test
    void captionsAndIntervalsCarryTheSymbolOnEveryAmount() {
        assertEquals("€31.17M–€31.75M", Wording.range(31_170_000, 31_750_000, PROFIT));
        assertEquals("-€6.44M to -€6.16M", Wording.range(-6_440_000, -6_160_000, PROFIT));
        assertEquals("€38.03M (95% CI €37.72M–€38.33M)",
                Wording.withInterval(new Interval(20, 38_030_000, 0, 37_720_000, 38_330_000), PROFIT, 0.95));
    }

    @Test
    void chartAxesTickMoneyWithItsSymbol() {
        assertEquals("€30M", PROFIT.axisFormat().format(30_000_000));
        assertEquals("-€1.5k", PROFIT.axisFormat().format(-1_500));
        assertEquals("€0", PROFIT.axisFormat().format(0));
        assertEquals("750k", ValueFormat.CURRENCY.axisFormat().format(750_000));
    }
}
