package dev.rapport.report.stats;

import dev.rapport.report.results.StrategyInfo;
import dev.rapport.report.results.StrategyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which strategies a break-even analysis compares. The question a report answers is "when does
 * investing pay off against spending", so every invest strategy is set against every spend
 * strategy. A run without such a pair compares the strategy with the highest mean cumulative
 * profit at the horizon against each other strategy.
 */
public final class BreakEvenPairs {

    private BreakEvenPairs() {
    }

    /**
     * One pair to analyse.
     *
     * @param challenger the strategy expected to overtake
     * @param incumbent  the strategy it is set against
     */
    public record Pair(String challenger, String incumbent) {
    }

    /**
     * @param strategies     the run's strategies, in order
     * @param horizonProfits mean cumulative profit at the horizon, by strategy name
     * @return the pairs, in strategy order
     */
    public static List<Pair> choose(List<StrategyInfo> strategies, Map<String, Double> horizonProfits) {
        List<StrategyInfo> invest = ofKind(strategies, StrategyKind.INVEST);
        List<StrategyInfo> spend = ofKind(strategies, StrategyKind.SPEND);
        List<Pair> pairs = new ArrayList<>();
        if (!invest.isEmpty() && !spend.isEmpty()) {
            for (StrategyInfo i : invest) {
                for (StrategyInfo s : spend) {
                    pairs.add(new Pair(i.name(), s.name()));
                }
            }
            return pairs;
        }
        strategies.stream()
                .max(Comparator.comparingDouble(s -> horizonProfits.getOrDefault(s.name(),
                        Double.NEGATIVE_INFINITY)))
                .ifPresent(leader -> strategies.stream()
                        .filter(s -> !s.name().equals(leader.name()))
                        .forEach(s -> pairs.add(new Pair(leader.name(), s.name()))));
        return pairs;
    }

    private static List<StrategyInfo> ofKind(List<StrategyInfo> strategies, StrategyKind kind) {
        return strategies.stream().filter(s -> s.kind() == kind).toList();
    }
}
