package dev.rapport.stories;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a story of scenarios/stories/ as the command line would (same file, same seeds), smaller:
 * the stories' tests hold each story's qualitative result across replications at 2,000 agents.
 */
final class StoryRuns {
    private StoryRuns() {
    }

    /** The story's file with {@code --set} style overrides. */
    static LoadedScenario load(String file, String... overrides) {
        return new ScenarioLoader(Metric.names()).load(Path.of("..", "scenarios", "stories", file), List.of(overrides));
    }

    /** The metric of the named brand at the last recorded tick at or before {@code week}, one value per replication. */
    static double[] metricAt(LoadedScenario loaded, String strategyName, String brand, Metric metric, double week,
            int replications) {
        StrategySpec strategy = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals(strategyName)).findFirst().orElseThrow();
        int brandIndex = loaded.scenario().brands().stream().map(b -> b.name()).toList().indexOf(brand);
        double[] out = new double[replications];
        for (int r = 0; r < replications; r++) {
            double[] value = {Double.NaN};
            new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, r), (tick, w, b, values) -> {
                if (b == brandIndex && w <= week + 1e-9) {
                    value[0] = values[metric.ordinal()];
                }
            }).runToHorizon();
            out[r] = value[0];
        }
        return out;
    }

    /**
     * Several metrics of the named brand at the last recorded tick at or before {@code week}, from
     * one run per replication: {@code out[m][r]} is {@code metrics[m]} in replication r.
     */
    static double[][] metricsAt(LoadedScenario loaded, String strategyName, String brand, double week, int replications,
            Metric... metrics) {
        StrategySpec strategy = loaded.scenario().effectiveStrategies().stream()
                .filter(s -> s.name().equals(strategyName)).findFirst().orElseThrow();
        int brandIndex = loaded.scenario().brands().stream().map(b -> b.name()).toList().indexOf(brand);
        double[][] out = new double[metrics.length][replications];
        for (int r = 0; r < replications; r++) {
            int rep = r;
            new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, r), (tick, w, b, values) -> {
                if (b == brandIndex && w <= week + 1e-9) {
                    for (int m = 0; m < metrics.length; m++) {
                        out[m][rep] = values[metrics[m].ordinal()];
                    }
                }
            }).runToHorizon();
        }
        return out;
    }

    /**
     * The paired t statistic of a − b over replications that share their random numbers (the same
     * seed per replication): above 3 the difference is positive well beyond sampling noise.
     */
    static double pairedT(double[] a, double[] b) {
        int n = a.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += a[i] - b[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = a[i] - b[i] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (sd == 0) {
            return mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
        }
        return mean / (sd / Math.sqrt(n));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The standard error of the mean of independent replications. */
    static double standardError(double[] values) {
        double mean = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1) / values.length);
    }
}
