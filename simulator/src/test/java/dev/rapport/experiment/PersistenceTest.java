package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The measures of what persists, on synthetic series whose answers are known. */
class PersistenceTest {
    private static final double[] WEEKS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void anExponentialDecayHalvesInItsHalfLife() {
        // Excess 800 at week 2 (index 2), halving every 3 weeks: 400 at week 5.
        double[] excess = new double[WEEKS.length];
        for (int i = 0; i < excess.length; i++) {
            excess[i] = i <= 2 ? 100 * (i + 1) * 8 / 3.0 : 800 * Math.pow(0.5, (i - 2) / 3.0);
        }
        excess[2] = 800;
        assertEquals(3, Persistence.halfLife(WEEKS, excess, 2), 0);
    }

    @Test
    void theHalfLifeIsTheFirstWeekAtOrBelowHalfNotALaterRecovery() {
        double[] excess = {0, 0, 100, 90, 70, 50, 80, 20, 10, 5, 0};
        assertEquals(3, Persistence.halfLife(WEEKS, excess, 2), 0, "week 5 is the first at or below 50");
        assertEquals(5, Persistence.halfLife(WEEKS, new double[] {0, 0, 100, 90, 70, 51, 45.1, 49.9, 45, 5, 0}, 3), 0,
                "from week 3 (90): the first week at or below 45 is week 8");
    }

    @Test
    void anExcessThatNeverHalvesIsBeyondTheHorizonAndNoExcessIsUnknown() {
        double[] flat = {0, 0, 100, 100, 100, 100, 100, 100, 100, 100, 100};
        assertEquals(Double.POSITIVE_INFINITY, Persistence.halfLife(WEEKS, flat, 2));
        double[] none = {0, 0, 0, -5, -10, 0, 0, 0, 0, 0, 0};
        assertTrue(Double.isNaN(Persistence.halfLife(WEEKS, none, 2)), "nothing to halve at week 2");
        assertTrue(Double.isNaN(Persistence.halfLife(WEEKS, none, 3)), "a deficit is not halved");
    }

    @Test
    void theBaseKeepsPayingUntilTheLastWeekAboveTheShare() {
        double[] margin = {0, 0, 200, 180, 150, 120, 90, 110, 60, 40, 30};
        assertEquals(7, Persistence.lastWeekAbove(WEEKS, margin, 2, 0.5), 0, "110 at week 7 is the last at or above 100");
        assertEquals(5, Persistence.lastWeekAbove(WEEKS, margin, 2, 0.6), 0, "120 at week 5 is the last at or above 120");
        assertEquals(2, Persistence.lastWeekAbove(WEEKS, new double[] {0, 0, 200, 10, 10, 10, 10, 10, 10, 10, 10}, 2, 0.5),
                0, "falls below at once");
        assertEquals(Double.POSITIVE_INFINITY, Persistence.lastWeekAbove(WEEKS, margin, 2, 0.1), "still above at the horizon");
        assertTrue(Double.isNaN(Persistence.lastWeekAbove(WEEKS, new double[11], 2, 0.5)), "no margin at week 2");
    }
}
