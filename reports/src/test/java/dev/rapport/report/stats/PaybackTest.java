package dev.rapport.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.metrics.Wording;
import dev.rapport.report.results.Replicates;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class PaybackTest {

    private static final IntToDoubleFunction WEEK = t -> t;

    @Test
    void paysBackTheFirstWeekFromWhichTheCurveStaysAtOrAboveZero() {
        // Spends 100 a week for 4 weeks, then earns 50 a week: -100 .. -400, then back to 0 at week 12.
        double[] curve = new double[20];
        for (int t = 1; t < 20; t++) {
            curve[t] = t <= 4 ? -100.0 * t : -400 + 50.0 * (t - 4);
        }
        assertEquals(12, Payback.week(curve, WEEK));
    }

    @Test
    void aCurveThatCrossesZeroThenDipsBackPaysBackAtTheLaterCrossing() {
        assertEquals(6, Payback.week(new double[] {0, -5, 3, 4, -1, -2, 0, 2, 8}, WEEK));
    }

    @Test
    void aCurveBelowZeroAtTheHorizonNeverPaysBack() {
        assertEquals(Double.POSITIVE_INFINITY, Payback.week(new double[] {0, -1, 5, -0.01}, WEEK));
    }

    @Test
    void nothingSpentAndNothingChangedPaysBackAtOnce() {
        assertEquals(0, Payback.week(new double[] {0, 0, 0}, WEEK));
    }

    @Test
    void medianAndPercentilesOverReplicationsCountThoseThatNeverPayBackAsAfterTheHorizon() {
        Payback p = Payback.of("invest", new double[] {30, 10, 20, Double.POSITIVE_INFINITY, 40}, 52, 0.95);

        assertEquals(30, p.week());
        assertEquals(10, p.ciLow());
        assertEquals(Double.POSITIVE_INFINITY, p.ciHigh());
        assertEquals(4, p.replicationsPayingBack());
        assertEquals(0.8, p.share());
        assertTrue(p.paysBack());
    }

    @Test
    void mostReplicationsNeverPayingBackIsStatedPlainly() {
        Replicates lossEveryWeek = Replicates.of(new double[] {0, -10, -20}, new double[] {0, -11, -22},
                new double[] {0, 5, 1});
        Payback p = Payback.of("spend", lossEveryWeek, WEEK, 3, 0.95);

        assertFalse(p.paysBack());
        assertEquals(1, p.replicationsPayingBack());
        assertEquals("spend does not pay back within the 2 weeks simulated; 1 of 3 replications do.",
                Wording.paybackSentence(p));
    }

    @Test
    void aLowerConfidenceLevelNarrowsTheInterval() {
        double[] sample = {1, 2, 3, 4, 5, 9};
        Interval wide = Interval.of(sample, 0.95);
        Interval narrow = Interval.of(sample, 0.9);

        assertEquals(wide.mean(), narrow.mean());
        assertTrue(narrow.high() - narrow.low() < wide.high() - wide.low());
        assertEquals("90%", Wording.level(0.9));
    }

    @Test
    void aStrategyAheadFromTheFirstWeekOvertakesNothing() {
        // Both lose money every week; a loses less from week 1 on: the crossing rule alone says "week 1".
        Replicates a = Replicates.of(new double[] {0, -1, -2, -3}, new double[] {0, -1, -2, -3});
        Replicates b = Replicates.of(new double[] {0, -5, -10, -15}, new double[] {0, -5, -10, -15});
        BreakEven be = BreakEven.of("a", a, "b", b, WEEK, 4);

        assertEquals(1, be.week());
        assertFalse(be.meaningful());
        assertFalse(be.overtakes());
        assertTrue(Wording.breakEvenSentence(be).contains("no break-even week to state"));
    }

    @Test
    void thePaybackRangeIsSaidAsASpreadOfReplicationsNotAConfidenceInterval() {
        Payback p = Payback.of("invest", new double[] {30, 10, 20, 25, 40}, 52, 0.95);

        assertEquals("invest pays back against the baseline in week 25 (median; in 95% of replications between"
                + " week 10 and 40); 5 of 5 replications pay back within the 52 weeks.", Wording.paybackSentence(p));
    }
}
