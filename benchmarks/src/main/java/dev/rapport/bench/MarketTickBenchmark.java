package dev.rapport.bench;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time for one run of a market of {@code consumers} over {@code weeks} weekly ticks with every
 * mechanism and an invest plan, on a Watts–Strogatz network of degree 10: the cost per
 * consumer-tick that sizes what a laptop can simulate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class MarketTickBenchmark {
    @Param({"100000"})
    public int consumers;

    @Param({"10"})
    public int weeks;

    private LoadedScenario loaded;

    @Setup
    public void load() {
        String yaml = """
                name: bench
                population: {size: %d}
                time: {horizon_weeks: %d}
                network: {type: watts_strogatz, degree: 10, rewire: 0.1}
                brands:
                  - {name: acme, initial_customers: 0.05, initial_awareness: 0.2}
                strategies:
                  - name: invest
                    plan:
                      - {lever: advertising, per_week: 5000}
                      - {lever: value_delivery, per_week: 3000}
                      - {lever: community, per_week: 1000}
                      - {lever: advocate_programme, per_week: 1000}
                """.formatted(consumers, weeks);
        loaded = new ScenarioLoader(Metric.names()).load(yaml.getBytes(StandardCharsets.UTF_8), "bench.yaml", null, List.of());
    }

    @Benchmark
    public double run() {
        double[] last = new double[1];
        new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), loaded.scenario().strategies().get(0), 0),
                (tick, week, brand, values) -> last[0] = values[Metric.CUSTOMERS.ordinal()]).runToHorizon();
        return last[0];
    }
}
