package dev.rapport.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.stats.Interval;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlineTableTest {

    @TempDir
    Path dir;

    @Test
    void putsTheObjectiveFirstThenTheKeyMetrics() {
        SyntheticResults.spendAndInvest().writeTo(dir);
        RunResults results = Fixtures.load(dir);

        HeadlineTable table = HeadlineTable.of(results, new MetricCatalog(1));

        assertEquals(MetricCatalog.KEY_METRICS, table.rows().stream().map(HeadlineRow::metric).toList());
        assertEquals(List.of("spend", "invest"), table.strategies());
        assertEquals(52, table.week());
    }

    @Test
    void statesTheIntervalAtTheHorizonAndMarksTheBest() {
        SyntheticResults.spendAndInvest().writeTo(dir);
        RunResults results = Fixtures.load(dir);

        HeadlineRow nps = HeadlineTable.of(results, new MetricCatalog(1)).rows().stream()
                .filter(r -> r.metric().equals("nps")).findFirst().orElseThrow();

        Interval invest = Interval.of(results.values("invest", "nps").orElseThrow().atTick(52));
        HeadlineCell cell = nps.cells().get(1);
        assertEquals(invest, cell.interval());
        assertEquals("36.0", cell.mean());
        assertEquals(String.format(java.util.Locale.ENGLISH, "%.1f–%.1f", invest.low(), invest.high()), cell.ci());
        assertTrue(cell.best());
        assertFalse(nps.cells().get(0).best());
        assertEquals("-100 to 100", nps.unit());
    }

    @Test
    void addsMarketShareWhenThereAreSeveralBrands() {
        SyntheticResults.spendAndInvest().brands("acme", "bolt").writeTo(dir);

        HeadlineTable table = HeadlineTable.of(Fixtures.load(dir), new MetricCatalog(1));

        assertEquals("market_share", table.rows().get(table.rows().size() - 1).metric());
    }

    @Test
    void aStrategyThatSpendsNothingHasNoProfitPerUnitSpentRatherThanZero() {
        SyntheticResults.spendAndInvest().strategy("baseline", "baseline", 0).writeTo(dir);
        RunResults results = Fixtures.load(dir);

        HeadlineRow perSpend = HeadlineTable.of(results, new MetricCatalog(1)).rows().stream()
                .filter(r -> r.metric().equals("profit_per_spend")).findFirst().orElseThrow();

        HeadlineCell baseline = perSpend.cells().get(2);
        assertEquals("baseline", baseline.strategy());
        assertEquals("n/a", baseline.mean());
        assertEquals("nothing spent", baseline.ci());
        assertFalse(baseline.best());
        assertEquals(Interval.of(results.values("baseline", "profit_per_spend").orElseThrow().atTick(52)),
                baseline.interval(), "the numbers stay, for the workbook");
        assertTrue(perSpend.cells().stream().anyMatch(HeadlineCell::best), "a spending strategy is still best");
        HeadlineRow profit = HeadlineTable.of(results, new MetricCatalog(1)).rows().get(0);
        assertFalse(profit.cells().get(2).mean().equals("n/a"), "only ratios to money spent");
    }
}
