package dev.rapport.cli;

import static dev.rapport.distributed.SameFiles.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiments of the command line with {@code --engine spark --master local[*]} (Spark's
 * embedded default: a thread per core): Spark embedded in this JVM, found through the
 * ServiceLoader as the tool finds it, writing the files the local engine writes, byte for byte.
 */
class SparkEngineCliTest {
    static final String FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml").toString();
    /** A small market: 500 consumers for 8 weeks. */
    static final List<String> SMALL = List.of("--set", "population.size=500", "--set", "time.horizon_weeks=8",
            "--threads", "2", "-q");

    record Cli(int exitCode, String out, String err) {
        static Cli run(List<String> args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = RapportCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute(args.toArray(String[]::new));
            return new Cli(code, out.toString(), err.toString());
        }
    }

    /** Runs {@code command} on each engine into its own folder and asserts the folders are the same. */
    private static void sameOnBothEngines(Path tmp, List<String> command) {
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        Cli onLocal = Cli.run(with(command, "--engine", "local", "--out", local.toString()));
        assertEquals(0, onLocal.exitCode(), onLocal.err());
        Cli onSpark = Cli.run(with(command, "--engine", "spark", "--master", "local[*]", "--out", spark.toString()));
        assertEquals(0, onSpark.exitCode(), onSpark.err());
        assertEquals(printed(onLocal, local), printed(onSpark, spark));
        assertSameFiles(local, spark);
    }

    /** What the command printed, but for its folder and how long it took (a calibration says it). */
    private static String printed(Cli cli, Path out) {
        return cli.out().replace(out.toString(), "OUT").replaceAll("(?m), \\d+ (s|min)$", ", TIME");
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(SMALL);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void aSweepOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        sameOnBothEngines(tmp, List.of("sweep", FLAGSHIP, "--vary", "market.potential=0.3:0.7:3", "--replications", "2"));
    }

    @Test
    void aSensitivityAnalysisOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        sameOnBothEngines(tmp, List.of("sensitivity", FLAGSHIP, "--method", "oat", "--strategy", "invest",
                "--vary", "market.potential=0.3:0.7", "--vary", "brands[acme].price=30:50", "--replications", "2"));
    }

    @Test
    void aDiscoveryOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        sameOnBothEngines(tmp, List.of("discover", FLAGSHIP, "--a", "invest", "--b", "spend", "--points", "12",
                "--vary", "market.potential=0.3:0.7", "--vary", "mechanisms.word_of_mouth.trial_rate=0.005:0.03",
                "--replications", "1"));
    }

    @Test
    void anOptimisationOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        sameOnBothEngines(tmp, List.of("optimize", FLAGSHIP, "--evaluations", "4", "--replications", "2",
                "--levers", "advertising,value_delivery"));
    }

    @Test
    void aCalibrationOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("observed.csv");
        Files.writeString(data, "week,metric,value\n4,purchases,60\n8,purchases,70\n8,customers,40\n");
        sameOnBothEngines(tmp, List.of("calibrate", FLAGSHIP, "--data", data.toString(), "--fit",
                "mechanisms.word_of_mouth.trial_rate=0.005:0.05", "--evaluations", "6", "--profile-points", "3",
                "--replications", "2"));
    }

    @Test
    void aRunOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        sameOnBothEngines(tmp, List.of("run", FLAGSHIP, "--set", "replications=3"));
    }

    @Test
    void aRunWithUncertainValuesOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) throws IOException {
        // Each replication also runs at the uncertain values' medians: those runs travel too.
        Path file = tmp.resolve("uncertain.yaml");
        Files.writeString(file, Files.readString(Path.of(FLAGSHIP)) + """

                uncertain:
                  - path: mechanisms.word_of_mouth.trial_rate
                    distribution: uniform
                    low: 0.005
                    high: 0.06
                """);
        sameOnBothEngines(tmp, List.of("run", file.toString(), "--set", "replications=3"));
    }

    @Test
    void aComparisonToAPrecisionOnSparkWritesTheLocalEnginesFiles(@TempDir Path tmp) {
        sameOnBothEngines(tmp, List.of("compare", FLAGSHIP, "--precision", "100000000", "--batch", "2",
                "--max-replications", "4"));
    }

    @Test
    void masterWithoutTheSparkEngineIsRefused(@TempDir Path tmp) {
        Cli cli = Cli.run(with(List.of("sweep", FLAGSHIP, "--vary", "market.potential=0.3:0.7:2"),
                "--master", "local[2]", "--out", tmp.resolve("out").toString()));
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("--master local[2] needs --engine spark"), cli.err());
    }
}
