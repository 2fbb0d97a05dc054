package dev.rapport.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.MetricCatalog;
import dev.rapport.report.results.RunResults;
import dev.rapport.report.testing.Fixtures;
import dev.rapport.report.testing.SyntheticResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTableTest {

    @TempDir
    Path dir;

    private static ComparisonTable table(RunResults results) {
        return ComparisonTable.of(results, new MetricCatalog(1).metric(results.objective()));
    }

    @Test
    void computesPairedWinProbabilitiesWithoutSummaryJson() {
        // Week 20: invest 1500 − 50δ is below spend's 2000 in every replication.
        SyntheticResults.spendAndInvest().ticks(21).withoutSummary().writeTo(dir);

        ComparisonTable table = table(Fixtures.load(dir));

        assertEquals(List.of(List.of("", "100%"), List.of("0%", "")), table.probabilities());
        PairRow pair = table.pairs().get(0);
        assertEquals("spend", pair.comparison().a());
        assertEquals("invest", pair.comparison().b());
        assertEquals("500", pair.meanDifference());
        assertEquals("100%", pair.probabilityABeatsB());
        assertEquals("0%", pair.probabilityBBeatsA());
        assertFalse(pair.fromSummary());
    }

    @Test
    void prefersTheSimulatorsComparisonFromSummaryJson() {
        // The synthetic summary.json says invest beats spend in 77% of replications, with a mean
        // difference of 1234 (1000 to 1468), numbers the series alone would not give.
        SyntheticResults.spendAndInvest().writeTo(dir);

        ComparisonTable table = table(Fixtures.load(dir));

        assertEquals("77%", table.probabilities().get(1).get(0));
        assertEquals("0%", table.probabilities().get(0).get(1));
        PairRow pair = table.pairs().get(0);
        assertEquals("invest", pair.comparison().a());
        assertEquals("1,234", pair.meanDifference());
        assertEquals("1,000–1,468", pair.ci());
        assertTrue(pair.fromSummary());
    }

    @Test
    void ordersEachPairSoTheDifferenceIsPositive() {
        SyntheticResults.spendAndInvest().strategy("third", "other", 0).withoutSummary().writeTo(dir);

        ComparisonTable table = table(Fixtures.load(dir));

        assertEquals(3, table.pairs().size());
        table.pairs().forEach(p -> assertTrue(p.comparison().difference().mean() >= 0, p.toString()));
    }
}
