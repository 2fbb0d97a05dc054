package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.WeekRange;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The facts' experiments on the flagship at a small population (1,000 agents, a few runs): the
 * rows have their shape, and the pairs are on common random numbers, so that a change of nothing
 * changes nothing and a change changes nothing before it starts.
 */
class FactRowsTest {
    private static final List<String> SMALL = List.of("population.size=1000");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Replications runs = new Replications(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aZeroChangeInAdvertisingLeavesEveryPairIdenticalSoItsElasticityIsExactlyZero() {
        List<AdvertisingElasticity.Pair> pairs = new AdvertisingElasticity(SMALL, 0.0, 2).pairs(runs);
        for (AdvertisingElasticity.Pair pair : pairs) {
            assertEquals(pair.unchanged().size(), pair.changed().size());
            for (int r = 0; r < pair.unchanged().size(); r++) {
                assertEquals(pair.unchanged().value(Metric.PURCHASES, r), pair.changed().value(Metric.PURCHASES, r));
            }
            double base = pair.unchanged().sum(Metric.PURCHASES, AdvertisingElasticity.FIRST_QUARTER);
            assertTrue(base > 0, "the spend strategy sells in the pulse weeks");
            assertEquals(0.0, Elasticity.of(base, pair.changed().sum(Metric.PURCHASES, AdvertisingElasticity.FIRST_QUARTER),
                    base, 0.1));
        }
    }

    @Test
    void moreAdvertisingChangesNothingBeforeItStartsAndGivesTwoRowsWithIntervals() {
        AdvertisingElasticity c = new AdvertisingElasticity(SMALL, 0.5, 3);
        WeekRange before = new WeekRange(1, AdvertisingElasticity.CHANGE.from() - 1);
        List<AdvertisingElasticity.Pair> pairs = c.pairs(runs);
        for (AdvertisingElasticity.Pair pair : pairs) {
            // Same population, network and draws: identical until the plans differ.
            assertEquals(pair.unchanged().sum(Metric.PURCHASES, before), pair.changed().sum(Metric.PURCHASES, before));
        }
        List<FactResult> rows = c.rows(pairs);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).finding().startsWith("Short-term advertising elasticity"));
        assertTrue(rows.get(1).finding().startsWith("Long-term advertising elasticity"));
        for (FactResult row : rows) {
            assertEquals(3, row.model().n());
            assertTrue(Double.isFinite(row.model().mean()));
            assertTrue(row.model().low() <= row.model().mean() && row.model().mean() <= row.model().high());
            assertTrue(row.method().contains("paired runs on common random numbers"), row.method());
        }
    }

    @Test
    void aPriceCutIsADiscountLineOnTheBaselineAndNothingElse() {
        LoadedScenario flagship = Flagship.load(SMALL);
        StrategySpec baseline = Flagship.strategy(flagship, PriceElasticity.STRATEGY);
        StrategySpec cut = PriceElasticity.cutPlan(baseline, 0.05);
        assertEquals(baseline.plan().size() + 1, cut.plan().size());
        LeverSpec.Discount line = (LeverSpec.Discount) cut.plan().get(cut.plan().size() - 1);
        assertEquals(0.05, line.depth());
        assertEquals(PriceElasticity.CUT, line.weeks());
        assertThrows(IllegalArgumentException.class, () -> new PriceElasticity(SMALL, 0, 1));
    }

    @Test
    void cohortRowsCompareChannelsPerRun() {
        List<FactResult> rows = new CustomerValueFacts(SMALL, 2).run(runs);
        assertEquals(4, rows.size());
        for (FactResult row : rows) {
            assertTrue(row.model().n() <= 2);
            assertTrue(!row.why().isBlank() && !row.source().isBlank() && !row.published().isBlank());
        }
        // Spend discounts in weeks 1-8 and 53-60 and advertises all along: both channels acquire.
        assertEquals(2, rows.get(3).model().n());
    }
}
