package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.OutputFolder;
import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.PrecisionComparison;
import dev.rapport.experiment.ProgressListener;
import dev.rapport.experiment.StopAfterRuns;
import dev.rapport.experiment.StopSignal;
import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport compare} as a user runs it: the table and files, and plain messages for bad inputs. */
class CompareCommandTest {
    private static final String FLAGSHIP = "../scenarios/spend-vs-invest.yaml";
    private static final String[] SMALL = {"--set", "population.size=500", "--set", "time.horizon_weeks=12", "--threads", "2"};

    private static Cli compare(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("compare"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void assertRefused(Cli cli, String message) {
        assertEquals(ExitCodes.USER_ERROR, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(message), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void aPrecisionThatIsNotPositiveIsRefused(@TempDir Path tmp) {
        for (String bad : List.of("0", "-5", "NaN")) {
            assertRefused(compare(FLAGSHIP, "--precision", bad, "--out", tmp.resolve("x").toString()),
                    "--precision must be a positive number");
        }
        assertFalse(Files.exists(tmp.resolve("x")), "nothing is written");
    }

    @Test
    void otherBadInputsAreRefusedWithAMessage(@TempDir Path tmp) throws IOException {
        String out = tmp.resolve("x").toString();
        assertRefused(compare(FLAGSHIP, "--precision", "1000", "--max-replications", "1", "--out", out),
                "--max-replications must be at least 2");
        assertRefused(compare(FLAGSHIP, "--precision", "1000", "--objective", "profitt", "--out", out),
                "unknown objective 'profitt'");
        assertRefused(compare(FLAGSHIP, "--precision", "1000", "--replications", "5", "--out", out),
                "compare chooses the number of replications itself");
        String flagship = Files.readString(Path.of(FLAGSHIP));
        Path single = tmp.resolve("single.yaml");
        Files.writeString(single, flagship.substring(0, flagship.indexOf("  - name: invest")) + """
                outputs:
                  baseline: false
                """);
        assertRefused(compare(single.toString(), "--precision", "1000", "--out", out), "compare needs at least two strategies");
    }

    @Test
    void printsEveryPairAndWritesTheComparisonFiles(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("cmp");
        List<String> args = new java.util.ArrayList<>(List.of(FLAGSHIP, "--precision", "1e9", "--batch", "3",
                "--out", out.toString(), "-q"));
        args.addAll(List.of(SMALL));
        Cli cli = compare(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("Precision reached: every interval is narrower than 1000.00M after 3 replications"),
                cli.out());
        assertTrue(cli.out().contains("spend          invest"), cli.out());
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals("metric,brand,week,a,b,n,mean_difference,ci_low,ci_high,ci_width,paired_t_p_value,"
                + "wilcoxon_p_value,probability_a_beats_b", rows.get(0));
        assertEquals(1 + 6, rows.size(), "four strategies with the baseline: six pairs");
        assertTrue(Files.exists(out.resolve("comparison.json")) && Files.exists(out.resolve("summary.json")));

        Cli again = compare(FLAGSHIP, "--precision", "1e9", "--out", out.toString(), "--resume");
        assertRefused(again, "nothing to resume");
    }

    @Test
    void resumeGoesOnFromAStoppedCompareWithTheSameOverrides(@TempDir Path tmp) {
        Path out = tmp.resolve("cmp");
        // A compare stopped by Ctrl-C after replication 0, as the command leaves it.
        StopSignal stop = new StopSignal();
        IntFunction<LoadedScenario> small = n -> new ScenarioLoader(Metric.names()).load(Path.of(FLAGSHIP),
                List.of("population.size=500", "time.horizon_weeks=12", "replications=" + n));
        OutputFolder folder = OutputFolder.prepare(out, false);
        int strategies = small.apply(2).scenario().effectiveStrategies().size();
        PrecisionComparison.Result stopped = new PrecisionComparison(small, new PrecisionComparison.Settings(null, 1e9, 2, 4), 2)
                .run(folder, VersionProvider.version(), new PrecisionComparison.Progress() {
                    @Override
                    public ProgressListener batch(int from, int to) {
                        return new StopAfterRuns(strategies, stop);
                    }

                    @Override
                    public void measured(int replications, PairedDifference widest, double precision) {
                    }
                }, stop);
        folder.commit();
        assertEquals(PrecisionComparison.Stop.CUT_SHORT, stopped.stop());

        List<String> args = new java.util.ArrayList<>(List.of(FLAGSHIP, "--precision", "1e9", "--batch", "2",
                "--max-replications", "4", "--out", out.toString(), "--resume"));
        args.addAll(List.of(SMALL));
        Cli cli = compare(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("2 replications: widest interval"), cli.err());
        assertTrue(cli.out().contains("after 2 replications"), cli.out());
        assertTrue(Files.exists(out.resolve("comparison.csv")));
    }
}
