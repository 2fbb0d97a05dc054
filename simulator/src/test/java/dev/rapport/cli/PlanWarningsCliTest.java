package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings about plans as a user sees them: located like errors, headed "warning:", never a failure. */
class PlanWarningsCliTest {
    private static final String OVERSPEND = """
            name: overspend
            seed: 3
            replications: 2
            time: {horizon_weeks: 12, tick: week}
            population: {size: 300}
            brands:
              - {name: acme, price: 40}
            strategies:
              - name: steady
                budget: 500
                plan:
                  - {lever: value_delivery, weeks: 1-end, per_week: 100}
            """;

    @Test
    void validatePrintsAnOverspendWithTheWeekTheMoneyRunsOutAndExitsZero(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("overspend.yaml"), OVERSPEND);
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith("warning: " + file + ":10:5: strategies[0].budget: "), cli.err());
        assertTrue(cli.err().contains("plans to spend 1200 by the horizon, 700 more than its budget of 500"), cli.err());
        assertTrue(cli.err().contains("runs out in week 5 of 12"), cli.err());
        assertTrue(cli.err().contains("\n    hint: raise the budget to 1200"), cli.err());
        assertFalse(cli.err().contains("error"), cli.err());
        assertTrue(cli.out().contains("is valid (with 1 warning, on stderr)"), cli.out());
    }

    @Test
    void validateOfAPlanThatFitsPrintsNoWarning(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("fits.yaml"), OVERSPEND.replace("budget: 500", "budget: 1.2k"));
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().contains("is valid: \"overspend\""), cli.out());
    }

    @Test
    void runWarnsOnStderrBeforeStartingAndShowsProfitInTheCurrency(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("overspend.yaml"), OVERSPEND);
        Cli cli = Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "--threads", "1");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith("warning: " + file + ":10:5: strategies[0].budget: "), cli.err());
        assertTrue(cli.err().indexOf("warning:") < cli.err().indexOf("running"), cli.err());
        assertTrue(cli.out().contains("profit (€)"), cli.out());

        Cli dollars = Cli.run("run", file.toString(), "--out", tmp.resolve("usd").toString(), "--threads", "1", "-q",
                "--set", "market.currency=USD");
        assertEquals(0, dollars.exitCode(), dollars.err());
        assertTrue(dollars.out().contains("profit ($)"), dollars.out());
    }
}
