package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.optimize.OptimizeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport optimize} as a user meets it: a real small run whose best plan runs, and refusals of bad bounds. */
class OptimizeCommandTest {
    private static final String FLAGSHIP = Path.of("..", "scenarios", "spend-vs-invest.yaml").toString();
    private static final List<String> SMALL = List.of("--set", "population.size=1000", "--set", "time.horizon_weeks=26");

    private static Cli optimize(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("optimize", FLAGSHIP));
        all.addAll(SMALL);
        all.addAll(List.of("--threads", "2", "-q", "--out", out.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void assertUserError(Cli cli, String says) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains(says), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void aSmallRunOnTheFlagshipWritesABestPlanThatValidatesAndRuns(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("opt");
        Cli cli = optimize(out, "--evaluations", "4", "--replications", "2", "--levers", "advertising,value_delivery");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Best split of 1.20M for cumulative_profit after 4 evaluations (2 replications each, given):"),
                cli.out());
        assertTrue(cli.out().contains("optimized - mixed"), cli.out());
        assertTrue(cli.out().contains("Marginal return at the optimum"), cli.out());
        for (String file : List.of(OptimizeFiles.TRACE_CSV, OptimizeFiles.RESPONSE_CSV, OptimizeFiles.PLAN_COMPARISON_CSV,
                OptimizeFiles.OPTIMIZE_JSON, OptimizeFiles.BEST_PLAN)) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertEquals(5, Files.readAllLines(out.resolve(OptimizeFiles.TRACE_CSV)).size(), "a header and 4 evaluations");
        assertFalse(Files.exists(out.resolve("resume")), "a complete optimisation keeps no store");
        for (String chart : List.of("optimize-trace.png", "optimize-response.svg")) {
            assertTrue(Files.size(out.resolve("charts").resolve(chart)) > 1000, chart);
        }

        Path plan = out.resolve(OptimizeFiles.BEST_PLAN);
        Cli valid = Cli.run("validate", plan.toString());
        assertEquals(0, valid.exitCode(), valid.err());
        assertTrue(valid.out().contains("4 strategies and the baseline"), valid.out());
        List<String> run = new ArrayList<>(List.of("run", plan.toString()));
        run.addAll(SMALL);
        run.addAll(List.of("--replications", "2", "--threads", "2", "-q", "--out", tmp.resolve("run").toString()));
        Cli ran = Cli.run(run.toArray(String[]::new));
        assertEquals(0, ran.exitCode(), ran.err());
        assertTrue(ran.out().contains("optimized"), ran.out());
    }

    @Test
    void robustWithoutUncertainValuesOrWithAnUnknownModeIsRefused(@TempDir Path tmp) {
        assertUserError(optimize(tmp.resolve("o"), "--robust", "worst"),
                "--robust worst scores plans across the draws of the scenario's uncertain: values, and this scenario has none");
        assertUserError(optimize(tmp.resolve("p"), "--robust", "best", "--set",
                "uncertain=[{path: market.potential, distribution: uniform, low: 0.4, high: 0.6}]"),
                "--robust must be mean, worst or regret, not 'best'");
    }

    @Test
    void boundsWithTheLeastAboveTheMostAreRefused(@TempDir Path tmp) {
        assertUserError(optimize(tmp.resolve("o"), "--bounds", "advertising=0.5:0.2"),
                "--bounds advertising=0.5:0.2: the least share is above the most");
    }

    @Test
    void leastSharesAboveTheWholeBudgetAreRefused(@TempDir Path tmp) {
        assertUserError(optimize(tmp.resolve("o"), "--bounds", "advertising=0.6:1", "--bounds", "community=0.5:1"),
                "the least shares of --bounds sum to 1.1");
    }

    @Test
    void aBoundOnALeverNotOptimisedOrADiscountIsRefused(@TempDir Path tmp) {
        assertUserError(optimize(tmp.resolve("o"), "--levers", "advertising,community", "--bounds", "listening=0:0.1"),
                "--bounds names listening, which is not among the levers optimised");
        assertUserError(optimize(tmp.resolve("p"), "--levers", "advertising,discount"), "a discount has a depth");
    }
}
