package dev.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.StrategyKind;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StrategyPaletteTest {

    private static StrategyInfo strategy(String name, StrategyKind kind) {
        return new StrategyInfo(name, "acme", kind, "", OptionalDouble.empty());
    }

    @Test
    void investIsBluishGreenAndSpendVermillionWhateverTheirOrder() {
        StrategyPalette palette = StrategyPalette.of(List.of(strategy("a", StrategyKind.OTHER),
                strategy("ads", StrategyKind.SPEND), strategy("tribe", StrategyKind.INVEST)));

        assertEquals(StrategyPalette.BLUISH_GREEN, palette.colour("tribe"));
        assertEquals(StrategyPalette.VERMILLION, palette.colour("ads"));
        assertEquals(StrategyPalette.BLUE, palette.colour("a"));
        assertEquals("#009e73", palette.hex("tribe"));
    }

    @Test
    void givesEightStrategiesEightDifferentColours() {
        List<StrategyInfo> strategies = List.of(strategy("1", StrategyKind.INVEST),
                strategy("2", StrategyKind.INVEST), strategy("3", StrategyKind.SPEND),
                strategy("4", StrategyKind.SPEND), strategy("5", StrategyKind.MIXED),
                strategy("6", StrategyKind.OTHER), strategy("7", StrategyKind.OTHER),
                strategy("8", StrategyKind.OTHER));

        assertEquals(8, new HashSet<>(StrategyPalette.of(strategies).colours().values()).size());
    }

    @Test
    void isTheSameForTheSameStrategies() {
        List<StrategyInfo> strategies = List.of(strategy("x", StrategyKind.OTHER), strategy("y", StrategyKind.OTHER));

        assertEquals(StrategyPalette.of(strategies).colours(), StrategyPalette.of(strategies).colours());
    }

    @Test
    void refusesAStrategyItDoesNotKnow() {
        StrategyPalette palette = StrategyPalette.of(List.of(strategy("x", StrategyKind.OTHER)));

        assertThrows(NoSuchElementException.class, () -> palette.colour("y"));
    }
}
