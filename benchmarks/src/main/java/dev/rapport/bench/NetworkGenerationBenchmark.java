package dev.rapport.bench;

import dev.rapport.model.Metric;
import dev.rapport.model.network.Network;
import dev.rapport.model.network.NetworkFactory;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.NetworkSpec;
import dev.rapport.scenario.ScenarioLoader;
import ec.util.MersenneTwisterFast;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build the network of {@code consumers} with each generator the scenario format offers,
 * all at mean degree 20: erdos_renyi (mean_degree 20), watts_strogatz (degree 20, rewire 0.1),
 * barabasi_albert (edges_per_node 10), stochastic_block (within 16 + between 4, the flagship's
 * three segments of 60, 25 and 15 per cent), random_regular (degree 20), and edge_list (reading
 * a CSV of a degree-20 Watts–Strogatz network written in setup, through the scenario loader, then
 * building the network). {@code complete} stores no ties and has nothing to time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class NetworkGenerationBenchmark {
    private static final long SEED = 20261123;
    private static final double[] SEGMENT_SHARES = {0.6, 0.25, 0.15};

    @Param({"100000", "1000000"})
    public int consumers;

    @Param({"erdos_renyi", "watts_strogatz", "barabasi_albert", "stochastic_block", "random_regular", "edge_list"})
    public String generator;

    private NetworkSpec spec;
    private byte[] segmentOf;
    private Path folder;
    private Path scenarioFile;
    private int seed;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        segmentOf = segments(consumers);
        spec = switch (generator) {
            case "erdos_renyi" -> new NetworkSpec.ErdosRenyi(Scenarios.DEGREE, 0.3);
            case "watts_strogatz" -> new NetworkSpec.WattsStrogatz(Scenarios.DEGREE, 0.1, 0.3);
            case "barabasi_albert" -> new NetworkSpec.BarabasiAlbert(Scenarios.DEGREE / 2, 0.3);
            case "stochastic_block" -> new NetworkSpec.StochasticBlock(16, 4, 0.5);
            case "random_regular" -> new NetworkSpec.RandomRegular(Scenarios.DEGREE, 0);
            case "edge_list" -> new NetworkSpec.EdgeList("ties.csv", true);
            default -> throw new IllegalArgumentException("unknown generator " + generator);
        };
        if (spec instanceof NetworkSpec.EdgeList) {
            writeEdgeList();
        }
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        if (folder != null) {
            Files.deleteIfExists(folder.resolve("ties.csv"));
            Files.deleteIfExists(scenarioFile);
            Files.deleteIfExists(folder);
        }
    }

    @Benchmark
    public Network generate() {
        MersenneTwisterFast rng = new MersenneTwisterFast(SEED + seed++);
        if (spec instanceof NetworkSpec.EdgeList) {
            LoadedScenario loaded = new ScenarioLoader(Metric.names()).load(scenarioFile, List.of());
            return NetworkFactory.build(spec, consumers, segmentOf, SEGMENT_SHARES.length, loaded.edges(), rng);
        }
        return NetworkFactory.build(spec, consumers, segmentOf, SEGMENT_SHARES.length, Optional.empty(), rng);
    }

    /** The flagship's segments in consecutive blocks (the generators do not depend on the order). */
    private static byte[] segments(int n) {
        byte[] out = new byte[n];
        int from = 0;
        for (int s = 0; s < SEGMENT_SHARES.length; s++) {
            int to = s == SEGMENT_SHARES.length - 1 ? n : from + (int) Math.round(SEGMENT_SHARES[s] * n);
            java.util.Arrays.fill(out, from, to, (byte) s);
            from = to;
        }
        return out;
    }

    private void writeEdgeList() throws IOException {
        folder = Files.createTempDirectory("rapport-bench-edges");
        Network ws = Bass.smallWorld(consumers, SEED);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("ties.csv"))) {
            out.write("source,target\n");
            for (int i = 0; i < consumers; i++) {
                for (int e = ws.tiesFrom(i); e < ws.tiesFrom(i + 1); e++) {
                    int j = ws.tieContact(e);
                    if (i < j) {
                        out.write(i + "," + j + "\n");
                    }
                }
            }
        }
        scenarioFile = folder.resolve("edge-list.yaml");
        Files.writeString(scenarioFile, """
                name: edge list
                population: {size: %d}
                network: {type: edge_list, file: ties.csv}
                brands: [{name: acme}]
                strategies: [{name: none, plan: []}]
                """.formatted(consumers));
    }
}
