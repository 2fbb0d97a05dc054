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
 * Rapport against the idiomatic MASON reference on the same reduced model: Bass diffusion on a
 * Watts–Strogatz network of degree 20 ({@link Bass}), weekly ticks. One operation is one tick of
 * every consumer, so the primary score is ticks per second; the secondary {@code consumerTicks}
 * is agent-steps per second, the figure to compare. Four implementations:
 * <ul>
 *   <li>{@code mason}: {@link BassMason}, a SimState with one Steppable per agent and a
 *       {@code sim.field.network.Network} of Edges;</li>
 *   <li>{@code rapport}: the full Rapport model on bass-small-world.yaml, every mechanism but
 *       innovation and word of mouth switched off;</li>
 *   <li>{@code rapportTwoWorkers}: the same with its consumers shared between two threads, as
 *       {@code rapport run} shares a lone run's;</li>
 *   <li>{@code arrays}: {@link BassArrays}, the same update as one loop over plain arrays (a floor).</li>
 * </ul>
 * Each run lasts {@link Bass#WEEKS} weeks and then starts over, untimed (MASON's {@code start()},
 * Rapport's model rebuilt with its network, the arrays cleared), so every implementation times the
 * same mix of early and late ticks. MASON's network at a million consumers needs a few gigabytes:
 * the fork gets {@code -Xmx8g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class BassBenchmark {
    static final long SEED = 1969;

    @Param({"100000", "1000000"})
    public int consumers;

    /** The MASON reference, its network field built once. */
    @State(Scope.Benchmark)
    public static class Mason {
        BassMason sim;

        @Setup(Level.Trial)
        public void build(BassBenchmark b) {
            sim = new BassMason(Bass.smallWorld(b.consumers, SEED), SEED);
            sim.start();
        }

        @Setup(Level.Invocation)
        public void startOverAtHorizon() {
            if (sim.schedule.getSteps() >= Bass.WEEKS) {
                sim.start();
            }
        }
    }

    /** The plain-array floor, on the same kind of network. */
    @State(Scope.Benchmark)
    public static class PlainArrays {
        BassArrays bass;

        @Setup(Level.Trial)
        public void build(BassBenchmark b) {
            bass = new BassArrays(Bass.smallWorld(b.consumers, SEED), SEED);
        }

        @Setup(Level.Invocation)
        public void startOverAtHorizon() {
            if (bass.weeks() >= Bass.WEEKS) {
                bass.reset();
            }
        }
    }

    /** Rapport's full model on the reduced scenario. */
    @State(Scope.Benchmark)
    public static class Rapport {
        LoadedScenario loaded;
        MarketModel model;
        /** What the sink was given last, kept so recording is not optimised away. */
        double customers;
        int replication;

        @Setup(Level.Trial)
        public void build(BassBenchmark b) {
            loaded = Scenarios.bass(b.consumers);
            startOver();
        }

        @Setup(Level.Invocation)
        public void startOverAtHorizon() {
            if (model.schedule.getSteps() >= Bass.WEEKS) {
                startOver();
            }
        }

        private void startOver() {
            if (model != null) {
                model.finish();
            }
            model = Scenarios.model(loaded, replication++,
                    (tick, week, brand, values) -> customers = values[Metric.CUSTOMERS.ordinal()], workers());
            model.start();
        }

        /** Threads the run shares its consumers among (see {@code Relay}). */
        int workers() {
            return 1;
        }
    }

    /** The same, on both of a 2-core machine's threads: what {@code rapport run} does with one run. */
    @State(Scope.Benchmark)
    public static class RapportTwoWorkers extends Rapport {
        @Override
        int workers() {
            return 2;
        }
    }

    @Benchmark
    public boolean mason(Mason state, ConsumerTicks counter) {
        counter.consumerTicks += consumers;
        return state.sim.schedule.step(state.sim);
    }

    @Benchmark
    public boolean rapport(Rapport state, ConsumerTicks counter) {
        counter.consumerTicks += consumers;
        return state.model.schedule.step(state.model);
    }

    /** Rapport with two workers: the same ticks, results identical, on two cores (MASON's stays on one). */
    @Benchmark
    public boolean rapportTwoWorkers(RapportTwoWorkers state, ConsumerTicks counter) {
        counter.consumerTicks += consumers;
        return state.model.schedule.step(state.model);
    }

    @Benchmark
    public int arrays(PlainArrays state, ConsumerTicks counter) {
        counter.consumerTicks += consumers;
        return state.bass.step();
    }
}
