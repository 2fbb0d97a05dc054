package dev.rapport.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.report.results.Replicates;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

    @Test
    void pairsReplicationsAndCountsStrictWins() {
        Replicates a = Replicates.of(new double[] {10}, new double[] {20}, new double[] {30}, new double[] {40});
        Replicates b = Replicates.of(new double[] {5}, new double[] {20}, new double[] {35}, new double[] {30});

        PairedComparison c = PairedComparison.of("a", a, "b", b, 0, 0.95);

        assertEquals(0.5, c.probabilityABeatsB());
        assertEquals(Interval.of(new double[] {5, 0, -5, 10}), c.difference());
    }
}
