package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal shows the baseline, each strategy's incremental profit, incremental ROI and payback. */
class BaselineOutputTest {

    private static Cli run(Path out, String... more) {
        String[] base = {"run", "../scenarios/spend-vs-invest.yaml", "--out", out.toString(), "-q", "--replications", "3",
                "--set", "population.size=500", "--set", "time.horizon_weeks=12", "--threads", "2"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void theTablePrintsTheBaselineAndEachStrategysIncrementalProfitRoiAndPayback(@TempDir Path tmp) {
        Cli cli = run(tmp.resolve("r"));
        assertEquals(0, cli.exitCode(), cli.err());
        String out = cli.out();
        assertTrue(out.contains("\nbaseline "), out);
        assertTrue(out.contains("Against the baseline (acme with no plan and no spend, same random numbers)"), out);
        assertTrue(out.contains("incremental profit") && out.contains("incremental ROI") && out.contains("payback"), out);
        for (String strategy : new String[] {"spend", "invest", "mixed"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(strategy + " ")
                    && (l.contains(" pay back") || l.contains("does not pay back within 12 weeks"))), out);
        }
        out.lines().filter(l -> !l.startsWith("Leads on") && !l.startsWith("Results in"))
                .forEach(l -> assertTrue(l.length() <= 120, "fits in 120 columns: " + l));
        assertTrue(out.contains("(mean and 95% interval)"), out);
    }

    @Test
    void thePaybackRangeIsLabelledAsTheSpreadOfReplicationsNotAnInterval(@TempDir Path tmp) {
        Cli cli = run(tmp.resolve("r"));
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("payback: median week [middle 95% of replications]"), cli.out());
        assertFalse(cli.out().contains("[interval]"), cli.out());
    }

    @Test
    void theConfidenceLevelOfTheScenarioIsTheOneTheTableStates(@TempDir Path tmp) {
        Cli cli = run(tmp.resolve("r"), "--set", "outputs.confidence=0.9");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("(mean and 90% interval)"), cli.out());
    }

    @Test
    void withoutTheBaselineThereIsNothingAgainstIt(@TempDir Path tmp) {
        Cli cli = run(tmp.resolve("r"), "--set", "outputs.baseline=false");
        assertEquals(0, cli.exitCode(), cli.err());
        assertFalse(cli.out().contains("Against the baseline"), cli.out());
        assertFalse(cli.out().contains("\nbaseline "), cli.out());
    }
}
