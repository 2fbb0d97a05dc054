package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The metric list's order is the output's, and the model finds some metrics by their position
 * ({@link Metric#countOf}, {@link Metric#costOf}, {@link Metric#acquiredBy}): a metric inserted in
 * one of those runs would shift every value after it into the wrong column.
 */
class MetricTest {
    @Test
    void theMetricsFoundByPositionAreTheOnesNamedAfterTheirStageLeverAndChannel() {
        for (Stage stage : Stage.values()) {
            assertTrue(Metric.countOf(stage).name().startsWith(stage.name()), stage + " -> " + Metric.countOf(stage));
        }
        for (Lever lever : Lever.values()) {
            assertEquals(lever.name() + "_COST", Metric.costOf(lever).name());
        }
        for (Channel channel : Channel.values()) {
            assertEquals("ACQUIRED_" + channel.name(), Metric.acquiredBy(channel).name());
        }
    }

    @Test
    void discountedProfitFollowsCumulativeProfitAndItsIncrementalOneIsDerivedFromIt() {
        List<String> names = List.copyOf(Metric.names());
        assertEquals(names.indexOf("cumulative_profit") + 1, names.indexOf("discounted_profit"));
        assertEquals("incremental_discounted_profit", Metric.INCREMENTAL_DISCOUNTED_PROFIT.column());
        assertEquals(Metric.DISCOUNTED_PROFIT, Metric.INCREMENTAL_DISCOUNTED_PROFIT.baselineSource());
        assertFalse(Metric.INCREMENTAL_DISCOUNTED_PROFIT.observed());
        assertTrue(Metric.DISCOUNTED_PROFIT.observed());
        assertNull(Metric.DISCOUNTED_PROFIT.baselineSource());
        for (Metric m : Metric.values()) {
            assertEquals(m.name().toLowerCase(Locale.ROOT), m.column());
            // Every incremental metric, and only those, is the difference of an observed one.
            assertEquals(m.name().startsWith("INCREMENTAL_"), !m.observed(), m.name());
        }
    }
}
