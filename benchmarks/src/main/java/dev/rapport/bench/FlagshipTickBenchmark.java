package dev.rapport.bench;

import dev.rapport.model.MarketModel;
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
 * One tick of the full model in steady state: the flagship's mixed strategy (advertising for six
 * months, investing all along) with money at the flagship's market of 100,000 households, on a
 * Watts–Strogatz network of degree 20 (the {@code degree} parameter), daily ticks by default. The model is built and started in
 * setup; each operation is one tick, so the primary score is ticks per second and the secondary
 * {@code consumerTicks} consumer-ticks per second. At the horizon ({@code weeks}: by default 156
 * weeks, 1,092 daily ticks) the model is rebuilt for the next replication, untimed, so the timed
 * ticks cover the whole three years: the advertising months and the long investing tail. A few
 * seconds of iterations reach only the first weeks of a market of a million or more, so to compare
 * sizes give a short horizon ({@code -p weeks=4}): every size then times the same weeks over again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class FlagshipTickBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int consumers;

    /** Contacts per consumer (the Watts–Strogatz degree), for the table of cost against degree. */
    @Param({"20"})
    public int degree;

    /** Tick length: "day" (the target: a year of daily ticks) or "week" (the flagship's own). */
    @Param({"day"})
    public String tick;

    /** Weeks after which the model starts over: the stretch of the three years that is timed. */
    @Param({"156"})
    public int weeks;

    private LoadedScenario loaded;
    private MarketModel model;
    private int replication;
    /** The sink keeps what it is given, as a real sink would, so recording is not optimised away. */
    private double profit;

    @Setup(Level.Trial)
    public void load() {
        loaded = Scenarios.flagship(consumers, degree, tick, weeks);
        startOver();
    }

    @Setup(Level.Invocation)
    public void startOverAtHorizon() {
        if (model.schedule.getSteps() >= loaded.scenario().ticks()) {
            startOver();
        }
    }

    private void startOver() {
        model = Scenarios.model(loaded, Scenarios.MIXED, replication++,
                (t, week, brand, values) -> profit = values[Metric.CUMULATIVE_PROFIT.ordinal()]);
        model.start();
    }

    @Benchmark
    public boolean tick(ConsumerTicks counter) {
        counter.consumerTicks += consumers;
        return model.schedule.step(model);
    }
}
