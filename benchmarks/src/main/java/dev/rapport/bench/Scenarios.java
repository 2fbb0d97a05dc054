package dev.rapport.bench;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.MetricSink;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.StrategySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios the benchmarks run, loaded from the class path: the flagship exactly as shipped
 * (bundled by the simulator under {@code rapport/scenarios}) with overrides, and the reduced Bass
 * model of the MASON comparison.
 */
final class Scenarios {
    /** The flagship's strategy the benchmarks play: advertising first, investing all along. */
    static final String MIXED = "mixed";
    /** Degree of the Watts–Strogatz network in every benchmark (issue 15). */
    static final int DEGREE = 20;

    private Scenarios() {
    }

    /**
     * The flagship (scenarios/spend-vs-invest.yaml) at {@code consumers} agents on its Watts–Strogatz
     * network with {@code degree} contacts each, with the given tick ("week" or "day") and horizon. market.size stays at
     * the flagship's 100,000 households, so money keeps its meaning at any number of agents, as
     * {@code rapport run --set population.size=...} does.
     */
    static LoadedScenario flagship(int consumers, int degree, String tick, double horizonWeeks) {
        List<String> overrides = new ArrayList<>(List.of("population.size=" + consumers, "network.degree=" + degree,
                "time.tick=" + tick, "time.horizon_weeks=" + horizonWeeks, "replications=1"));
        return load("rapport/scenarios/spend-vs-invest.yaml", overrides);
    }

    /** The Bass reduction on the small world (bass-small-world.yaml next to this class). */
    static LoadedScenario bass(int consumers) {
        return load("dev/rapport/bench/bass-small-world.yaml", List.of("population.size=" + consumers));
    }

    /** A model of one replication of the named strategy, not yet started. */
    static MarketModel model(LoadedScenario loaded, String strategy, int replication, MetricSink sink) {
        return model(loaded, strategy, replication, sink, 1);
    }

    /** The same, its consumers shared among {@code workers} threads. */
    static MarketModel model(LoadedScenario loaded, String strategy, int replication, MetricSink sink, int workers) {
        StrategySpec played = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no strategy " + strategy));
        return new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), played, replication), sink, workers);
    }

    /** A model of the scenario's first run (the Bass scenario's own plans). */
    static MarketModel model(LoadedScenario loaded, int replication, MetricSink sink) {
        return model(loaded, replication, sink, 1);
    }

    /** The same, its consumers shared among {@code workers} threads. */
    static MarketModel model(LoadedScenario loaded, int replication, MetricSink sink, int workers) {
        return model(loaded, loaded.scenario().effectiveStrategies().get(0).name(), replication, sink, workers);
    }

    private static LoadedScenario load(String resource, List<String> overrides) {
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            return new ScenarioLoader(Metric.names()).load(in.readAllBytes(), resource, null, overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
