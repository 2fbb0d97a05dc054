package dev.rapport.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A results folder as a report sees it: the series kept from {@code series.csv}, the manifest, the
 * summary and the scenario, with the facts every chart needs resolved once (strategies in order
 * with their kinds and brands, focal brand, objective, the horizon tick all strategies reached).
 *
 * @param folder      where the files are
 * @param manifest    {@code manifest.json}
 * @param summary     {@code summary.json}, or an empty summary when absent
 * @param scenario    {@code scenario.json}, read generically
 * @param series      the kept part of {@code series.csv}
 * @param strategies  the strategies present in the series, in scenario order
 * @param focalBrand  the brand the comparison is about
 * @param objective   the metric strategies are ranked on
 * @param horizonTick the last tick every strategy and replication reached
 */
public record RunResults(ResultsFolder folder, RunManifest manifest, RunSummary summary,
                         JsonNode scenario, SeriesTable series, List<StrategyInfo> strategies,
                         String focalBrand, String objective, int horizonTick) {

    public RunResults {
        strategies = List.copyOf(strategies);
    }

    /** @return the confidence level of every interval the report states */
    public double confidence() {
        return summary.confidence();
    }

    /** @return the do-nothing baseline strategy, when the run has one and its series is here */
    public Optional<String> baseline() {
        return summary.baseline().filter(b -> strategies.stream().anyMatch(s -> s.name().equals(b)));
    }

    /** @return the strategies compared with each other: every one but the baseline */
    public List<StrategyInfo> comparedStrategies() {
        return strategies.stream().filter(s -> baseline().map(b -> !b.equals(s.name())).orElse(true)).toList();
    }

    /** @return the strategies' names, in order */
    public List<String> strategyNames() {
        return strategies.stream().map(StrategyInfo::name).toList();
    }

    /** @return the strategy called {@code name} */
    public StrategyInfo strategy(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no strategy " + name));
    }

    /** @return the values of {@code metric} for the brand that plays {@code strategy} */
    public Optional<Replicates> values(String strategy, String metric) {
        return series.find(strategy, strategy(strategy).brand(), metric);
    }

    /** @return true when every strategy has {@code metric} */
    public boolean hasMetric(String metric) {
        return strategies.stream().allMatch(s -> values(s.name(), metric).isPresent());
    }

    /**
     * Whether every strategy ended with the same value of {@code metric} as every other in every
     * replication (paired by replication): then no strategy leads on it, whatever the order of
     * equal means. False with fewer than two strategies or when a strategy lacks the metric.
     */
    public boolean identicalAtHorizon(String metric) {
        if (strategies.size() < 2 || !hasMetric(metric)) {
            return false;
        }
        double[] first = values(strategies.get(0).name(), metric).orElseThrow().atTick(horizonTick);
        for (StrategyInfo s : strategies.subList(1, strategies.size())) {
            if (!Arrays.equals(first, values(s.name(), metric).orElseThrow().atTick(horizonTick))) {
                return false;
            }
        }
        return true;
    }

    /** @return the week at the end of {@code tick} */
    public double week(int tick) {
        return series.week(tick);
    }

    /** @return the week of the horizon tick */
    public double horizonWeek() {
        return series.week(horizonTick);
    }

    /** @return weeks per tick: from the manifest, else from the series */
    public double tickWeeks() {
        if (manifest.tickWeeks().isPresent()) {
            return manifest.tickWeeks().getAsDouble();
        }
        return horizonTick > 0 ? series.week(1) - series.week(0) : 1.0;
    }

    /** @return the fewest replications any strategy has of the objective */
    public int replications() {
        return strategies.stream().map(s -> values(s.name(), objective))
                .flatMap(Optional::stream).mapToInt(Replicates::replications).min().orElse(0);
    }

    /** @return the market's brands: from the manifest, else every brand in the series */
    public List<String> brands() {
        return manifest.brands().isEmpty() ? series.brandsSeen() : manifest.brands();
    }

    /** @return the code of the market's currency ({@code market.currency} in {@code scenario.json}), when given */
    public Optional<String> currency() {
        JsonNode code = scenario == null ? null : scenario.path("market").path("currency");
        return code == null || !code.isTextual() || code.asText().isBlank() ? Optional.empty() : Optional.of(code.asText());
    }

    /**
     * @return the people the market stands for ({@code market.size} in {@code scenario.json}, else
     * {@code population.size}), when given
     */
    public java.util.OptionalDouble marketSize() {
        if (scenario == null) {
            return java.util.OptionalDouble.empty();
        }
        JsonNode size = scenario.path("market").path("size");
        if (!size.isNumber()) {
            size = scenario.path("population").path("size");
        }
        return size.isNumber() ? java.util.OptionalDouble.of(size.asDouble()) : java.util.OptionalDouble.empty();
    }

    /** @return the scenario's display name: from the manifest, else the folder's name */
    public String scenarioName() {
        return manifest.scenarioName().orElseGet(() -> {
            Path name = folder.dir().toAbsolutePath().normalize().getFileName();
            return name == null ? "Rapport run" : name.toString();
        });
    }
}
