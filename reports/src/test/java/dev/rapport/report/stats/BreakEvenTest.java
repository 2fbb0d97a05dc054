package dev.rapport.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.results.Replicates;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class BreakEvenTest {

    private static final IntToDoubleFunction WEEK = t -> t;

    /** invest_r(t) = 150t − 1500 − 50·δ(r), spend(t) = 100t, δ = −2..2: crossings at 29..33. */
    private static Replicates invest(int ticks) {
        double[][] values = new double[5][ticks];
        for (int r = 0; r < 5; r++) {
            for (int t = 0; t < ticks; t++) {
                values[r][t] = 150.0 * t - 1500 - 50 * (r - 2);
            }
        }
        return Replicates.of(values);
    }

    private static Replicates spend(int ticks) {
        double[][] values = new double[5][ticks];
        for (int r = 0; r < 5; r++) {
            for (int t = 0; t < ticks; t++) {
                values[r][t] = 100.0 * t;
            }
        }
        return Replicates.of(values);
    }

    @Test
    void findsTheFirstWeekAfterWhichTheChallengerStaysAhead() {
        BreakEven b = BreakEven.of("invest", invest(53), "spend", spend(53), WEEK, 53);

        assertTrue(b.overtakes());
        assertEquals(31, b.week());
        assertEquals(29, b.ciLow());
        assertEquals(33, b.ciHigh());
        assertEquals(5, b.replicationsOvertaking());
        assertEquals(5, b.replications());
        assertEquals(52, b.horizonWeek());
    }

    @Test
    void countsReplicationsThatDoNotCrossAsAfterTheHorizon() {
        // Horizon at week 31: only the replications crossing at 29, 30 and 31 have.
        BreakEven b = BreakEven.of("invest", invest(32), "spend", spend(32), WEEK, 32);

        assertEquals(31, b.week());
        assertEquals(29, b.ciLow());
        assertEquals(Double.POSITIVE_INFINITY, b.ciHigh());
        assertEquals(3, b.replicationsOvertaking());
    }

    @Test
    void neverOvertakingIsInfinite() {
        BreakEven b = BreakEven.of("invest", invest(20), "spend", spend(20), WEEK, 20);

        assertFalse(b.overtakes());
        assertEquals(Double.POSITIVE_INFINITY, b.week());
        assertEquals(Double.POSITIVE_INFINITY, b.ciLow());
        assertEquals(0, b.replicationsOvertaking());
    }

    @Test
    void aheadFromTheStartBreaksEvenAtTheFirstWeek() {
        assertEquals(0, BreakEven.crossingWeek(new double[] {1, 2, 3}, WEEK));
    }

    @Test
    void fallingBehindAgainMovesTheCrossingLater() {
        assertEquals(4, BreakEven.crossingWeek(new double[] {0, 1, 2, -1, 3, 4}, WEEK));
    }

    @Test
    void tiedAtTheHorizonHasNotOvertaken() {
        assertEquals(Double.POSITIVE_INFINITY, BreakEven.crossingWeek(new double[] {-1, 1, 0}, WEEK));
    }

    @Test
    void usesWeeksNotTicks() {
        assertEquals(2.5, BreakEven.crossingWeek(new double[] {-1, -1, -1, -1, -1, 1, 1}, t -> t * 0.5));
    }

    @Test
    void nearestRankPercentilesAreOrderStatistics() {
        double[] sorted = new double[40];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(1, BreakEven.nearestRank(sorted, 0.025));
        assertEquals(39, BreakEven.nearestRank(sorted, 0.975));
        assertEquals(5, BreakEven.nearestRank(new double[] {5}, 0.975));
    }
}
