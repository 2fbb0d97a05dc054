package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.experiment.PlanSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal and summary.json say when a strategy's budget cut its plan, and say nothing when it did not. */
class PlanCutCliTest {
    /**
     * Advertising takes 245 a week in weeks 1-4 of a budget of 980 and six small discounts the
     * rest: the money is gone in week 4, so the windows of weeks 1 and 3 run and the other four do not.
     */
    private static final String CUT = """
            name: cut
            seed: 3
            replications: 2
            time: {horizon_weeks: 12, tick: week}
            population: {size: 300}
            brands:
              - {name: acme, price: 40}
            strategies:
              - name: spend
                budget: 980
                plan:
                  - {lever: advertising, weeks: 1-4, per_week: 245}
                  - {lever: discount, weeks: 1-1, depth: 0.01}
                  - {lever: discount, weeks: 3-3, depth: 0.01}
                  - {lever: discount, weeks: 5-5, depth: 0.01}
                  - {lever: discount, weeks: 7-7, depth: 0.01}
                  - {lever: discount, weeks: 9-9, depth: 0.01}
                  - {lever: discount, weeks: 11-11, depth: 0.01}
              - name: fits
                budget: 5000
                plan:
                  - {lever: advertising, weeks: 1-4, per_week: 245}
            """;

    @Test
    void aBudgetUsedUpAfterTwoOfSixDiscountWindowsIsReportedUnderTheTable(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("cut.yaml"), CUT);
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", file.toString(), "--out", out.toString(), "--threads", "1", "-q");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\nspend: budget used up in week 4 (median over 2 replications; 2 of 2);"
                + " 4 of 6 discount windows did not run; "), cli.out());
        assertTrue(cli.out().contains(" of the planned lever money could be spent\n"), cli.out());
        assertFalse(cli.out().contains("fits: budget"), cli.out());

        JsonNode plans = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("plans");
        JsonNode spend = plans.get(0);
        assertEquals("spend", spend.get("strategy").asText());
        assertEquals(4.0, spend.get("budget_used_up_week").asDouble());
        assertEquals(2, spend.get("replications_used_up").asInt());
        assertEquals(1.0, spend.get("share").asDouble());
        assertEquals(4, spend.get("discount_windows_missed").asInt());
        assertEquals(6, spend.get("discount_windows").asInt());
        assertTrue(spend.get("plan_carried_out").asDouble() < 1, spend.toString());
        JsonNode fits = plans.get(1);
        assertTrue(fits.get("budget_used_up_week").isNull(), fits.toString());
        assertEquals(0, fits.get("replications_used_up").asInt());
        assertEquals(1.0, fits.get("plan_carried_out").asDouble());
    }

    @Test
    void plansThatFitTheirBudgetsAddNothingToTheTerminal(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("fits.yaml"), CUT.replace("budget: 980", "budget: 2000"));
        Cli cli = Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "--threads", "1", "-q");
        assertEquals(0, cli.exitCode(), cli.err());
        assertFalse(cli.out().contains("budget used up"), cli.out());
        assertFalse(cli.out().contains("did not run"), cli.out());
    }

    @Test
    void aBudgetUsedUpInFewerThanHalfTheReplicationsSaysInHowMany() {
        PlanSummary p = new PlanSummary("spend", "acme", null, 3, 20, 0.15, 0.9996, 0, 3);
        assertEquals("budget used up within the horizon in 3 of 20 replications;"
                + " 99.9% of the planned lever money could be spent", ComparisonTable.planCut(p));
    }
}
