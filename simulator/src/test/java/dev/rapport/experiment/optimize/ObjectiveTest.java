package dev.rapport.experiment.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.experiment.points.OutcomeMetrics;
import dev.rapport.model.Metric;
import dev.rapport.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code --objective} names: metric columns of the experiment's outcome list, their short
 * names ({@code profit}, {@code npv} and their incremental ones) and weighted sums of them.
 */
class ObjectiveTest {
    /** The flagship's outcome list, baseline on: every short name's metric is in it. */
    private static final List<String> COLUMNS = OutcomeMetrics.of(new ScenarioLoader(Metric.names())
            .load(Path.of("..", "scenarios", "spend-vs-invest.yaml"), List.of()).scenario()).columns();

    @Test
    void theOutcomeListHoldsTheNetPresentValueAndItsIncrementalOne() {
        assertTrue(COLUMNS.contains("discounted_profit"), COLUMNS.toString());
        assertTrue(COLUMNS.contains("incremental_discounted_profit"), COLUMNS.toString());
        assertEquals(COLUMNS.indexOf("cumulative_profit") + 1, COLUMNS.indexOf("discounted_profit"), "in metric order");
    }

    @Test
    void npvIsShortForDiscountedProfitAndIncrementalNpvForItsIncrementalOne() {
        Objective npv = Objective.parse("npv", COLUMNS);
        assertEquals(List.of(new Objective.Term(1, "discounted_profit")), npv.terms());
        assertFalse(npv.incremental());
        Objective incremental = Objective.parse("incremental_npv", COLUMNS);
        assertEquals(List.of(new Objective.Term(1, "incremental_discounted_profit")), incremental.terms());
        assertTrue(incremental.incremental(), "needs the baseline's runs");
        assertEquals(Objective.parse("discounted_profit", COLUMNS).terms(), npv.terms());
    }

    @Test
    void anObjectiveReadsItsOwnColumnOfARunsValues() {
        double[] values = new double[COLUMNS.size()];
        values[COLUMNS.indexOf("cumulative_profit")] = 1000;
        values[COLUMNS.indexOf("discounted_profit")] = 900;
        values[COLUMNS.indexOf("members")] = 3;
        assertEquals(900, Objective.parse("npv", COLUMNS).of(values, COLUMNS));
        assertEquals(1000, Objective.parse("profit", COLUMNS).of(values, COLUMNS));
        assertEquals(960, Objective.parse("npv + 20*members", COLUMNS).of(values, COLUMNS));
    }

    @Test
    void incrementalNpvWithoutABaselineIsRefusedNamingTheShortNames() {
        List<String> noBaseline = COLUMNS.stream().filter(c -> !c.startsWith("incremental_")).toList();
        OptimizeException e = assertThrows(OptimizeException.class, () -> Objective.parse("incremental_npv", noBaseline));
        assertTrue(e.getMessage().contains("npv, incremental_npv") && e.getMessage().contains("need the baseline"),
                e.getMessage());
    }
}
