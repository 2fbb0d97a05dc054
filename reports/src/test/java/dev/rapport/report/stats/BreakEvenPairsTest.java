package dev.rapport.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.StrategyKind;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BreakEvenPairsTest {

    private static StrategyInfo strategy(String name, StrategyKind kind) {
        return new StrategyInfo(name, "acme", kind, "", OptionalDouble.empty());
    }

    @Test
    void setsEveryInvestStrategyAgainstEverySpendStrategy() {
        List<StrategyInfo> strategies = List.of(strategy("ads", StrategyKind.SPEND),
                strategy("mix", StrategyKind.MIXED), strategy("tribe", StrategyKind.INVEST),
                strategy("value", StrategyKind.INVEST));

        assertEquals(List.of(new BreakEvenPairs.Pair("tribe", "ads"), new BreakEvenPairs.Pair("value", "ads")),
                BreakEvenPairs.choose(strategies, Map.of()));
    }

    @Test
    void withoutAnInvestSpendPairComparesTheHorizonLeaderWithEachOther() {
        List<StrategyInfo> strategies = List.of(strategy("a", StrategyKind.OTHER),
                strategy("b", StrategyKind.MIXED), strategy("c", StrategyKind.INVEST));

        assertEquals(List.of(new BreakEvenPairs.Pair("b", "a"), new BreakEvenPairs.Pair("b", "c")),
                BreakEvenPairs.choose(strategies, Map.of("a", 1.0, "b", 3.0, "c", 2.0)));
    }

    @Test
    void oneStrategyHasNoPair() {
        assertEquals(List.of(), BreakEvenPairs.choose(List.of(strategy("a", StrategyKind.SPEND)), Map.of("a", 1.0)));
    }
}
