package dev.rapport.model;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs small scenarios for model tests: loads YAML text with overrides and collects, per
 * replication, a metric of the first brand at a tick, or every recorded row.
 */
final class Harness {
    /** A market small enough to run in well under a second, with every mechanism on. */
    static final String BASE = """
            name: test market
            seed: 42
            replications: 1
            time: {horizon_weeks: 52, tick: week}
            population:
              size: 1500
              segments:
                - {name: a, share: 0.7, values: [0.5, 0.5]}
                - {name: b, share: 0.3, values: [0.7, 0.3], talkativeness: {mean: 2, sd: 0.5}}
            network: {type: watts_strogatz, degree: 8, rewire: 0.1}
            brands:
              - {name: acme, purpose: [0.6, 0.4], quality: 0.8, price: 40, margin: 0.4,
                 initial_awareness: 0.2, initial_customers: 0.05}
            strategies:
              - name: s
                plan: []
            """;

    private Harness() {
    }

    /**
     * The flagship (scenarios/spend-vs-invest.yaml) in daily ticks for a year without its baseline,
     * with {@code overrides}: its {@code mixed} strategy's run, not started yet.
     */
    static MarketModel flagshipMixedDaily(String... overrides) {
        String yaml = story("spend-vs-invest.yaml");
        List<String> all = new ArrayList<>(List.of("time.tick=day", "time.horizon_weeks=52", "outputs.baseline=false"));
        all.addAll(List.of(overrides));
        LoadedScenario loaded = load(yaml, all.toArray(String[]::new));
        StrategySpec mixed = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals("mixed")).findFirst().orElseThrow();
        return new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), mixed, 0), (tick, week, brand, values) -> { });
    }

    /** The text of bundled scenario {@code name} (a path under scenarios/). */
    static String story(String name) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("..", "scenarios", name), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first strategy's run of {@code loaded}, replication 0, recording nothing; not started yet. */
    static MarketModel model(LoadedScenario loaded) {
        return new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, week, brand, values) -> { });
    }

    static LoadedScenario load(String yaml, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml", null,
                List.of(overrides));
    }

    /** One recorded row of a run. */
    record Row(int tick, double week, int brand, double[] values) {
        double get(Metric m) {
            return values[m.ordinal()];
        }
    }

    static List<Row> run(LoadedScenario loaded, int replication) {
        return run(loaded, loaded.scenario().effectiveStrategies().get(0).name(), replication, (model, row) -> { });
    }

    /** Every recorded row of the named strategy's run. */
    static List<Row> run(LoadedScenario loaded, String strategyName, int replication) {
        return run(loaded, strategyName, replication, (model, row) -> { });
    }

    /** Looks at the model as each row is recorded: the state the observer has just measured. */
    @FunctionalInterface
    interface Inspection {
        void at(MarketModel model, Row row);
    }

    /** Runs the first strategy, handing each row and the model it was measured in to {@code inspection}. */
    static List<Row> run(LoadedScenario loaded, int replication, Inspection inspection) {
        return run(loaded, loaded.scenario().effectiveStrategies().get(0).name(), replication, inspection);
    }

    /** Runs the named strategy, handing each row and the model it was measured in to {@code inspection}. */
    static List<Row> run(LoadedScenario loaded, String strategyName, int replication, Inspection inspection) {
        List<Row> rows = new ArrayList<>();
        StrategySpec strategy = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals(strategyName)).findFirst().orElseThrow();
        MarketModel[] model = new MarketModel[1];
        model[0] = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, replication),
                (tick, week, brand, values) -> {
                    Row row = new Row(tick, week, brand, values.clone());
                    inspection.at(model[0], row);
                    rows.add(row);
                });
        model[0].runToHorizon();
        return rows;
    }

    /** The metric of brand 0 at the last recorded tick at or before {@code week}, for each replication. */
    static double[] metricAt(LoadedScenario loaded, Metric metric, double week, int replications) {
        double[] out = new double[replications];
        for (int r = 0; r < replications; r++) {
            double value = Double.NaN;
            for (Row row : run(loaded, r)) {
                if (row.brand() == 0 && row.week() <= week + 1e-9) {
                    value = row.get(metric);
                }
            }
            out[r] = value;
        }
        return out;
    }

    /** Sum of a per-interval metric of brand 0 over recorded ticks up to {@code week}, per replication. */
    static double[] metricSum(LoadedScenario loaded, Metric metric, double week, int replications) {
        double[] out = new double[replications];
        for (int r = 0; r < replications; r++) {
            for (Row row : run(loaded, r)) {
                if (row.brand() == 0 && row.week() <= week + 1e-9) {
                    out[r] += row.get(metric);
                }
            }
        }
        return out;
    }

    /**
     * The paired t statistic of with − without over replications that share their random numbers:
     * a value above 3 means the effect is positive well beyond sampling noise.
     */
    static double pairedT(double[] with, double[] without) {
        int n = with.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += with[i] - without[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = with[i] - without[i] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (sd == 0) {
            return mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
        }
        return mean / (sd / Math.sqrt(n));
    }
}
