package dev.rapport.bench;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replications of the flagship per second on one thread: one operation is one whole run of the
 * mixed strategy (population, network and every tick, as {@code rapport run} does for each
 * strategy x replication), each a new replication. {@code horizon}: "156w" is the flagship's three
 * years of weekly ticks; "365d" one year of daily ticks. The network keeps the flagship's degree
 * (10) unless {@code degree} says otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class FlagshipReplicationBenchmark {
    @Param({"10000"})
    public int consumers;

    @Param({"156w", "365d"})
    public String horizon;

    @Param({"10"})
    public int degree;

    private LoadedScenario loaded;
    private int replication;
    /** The sink keeps what it is given, as a real sink would, so recording is not optimised away. */
    private double profit;

    @Setup(Level.Trial)
    public void load() {
        loaded = switch (horizon) {
            case "156w" -> Scenarios.flagship(consumers, degree, "week", 156);
            case "365d" -> Scenarios.flagship(consumers, degree, "day", 365 / 7.0);
            default -> throw new IllegalArgumentException("horizon is 156w or 365d, not " + horizon);
        };
    }

    @Benchmark
    public double replication() {
        Scenarios.model(loaded, Scenarios.MIXED, replication++,
                (t, week, brand, values) -> profit = values[Metric.CUMULATIVE_PROFIT.ordinal()]).runToHorizon();
        return profit;
    }
}
