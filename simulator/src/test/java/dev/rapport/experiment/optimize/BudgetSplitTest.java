package dev.rapport.experiment.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The map from the optimiser's unit cube to budget shares, and the periods' weeks. */
class BudgetSplitTest {
    private static final List<String> LEVERS = List.of("advertising", "community", "listening");

    @Test
    void everyPointOfTheCubeIsAPlanWithinTheBoundsAndTheBudget() {
        BudgetSplit split = BudgetSplit.of(LEVERS, 2, 156, List.of(new LeverBound("advertising", 0.1, 0.4),
                new LeverBound("listening", 0, 0.05)));
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < 2000; k++) {
            double[] u = random.doubles(split.variables(), -0.2, 1.2).toArray();
            double[] x = split.shares(u);
            assertTrue(Arrays.stream(x).sum() <= 1 + 1e-12, Arrays.toString(x));
            for (int i = 0; i < x.length; i++) {
                assertTrue(x[i] >= split.min()[i] && x[i] <= split.max()[i] + 1e-12, i + ": " + Arrays.toString(x));
            }
        }
    }

    @Test
    void whereTheBudgetDoesNotBindTheMapIsTheBoundsAlone() {
        BudgetSplit split = BudgetSplit.of(LEVERS, 1, 52, List.of());
        assertArrayEquals(new double[] {0.1, 0.3, 0.2}, split.shares(new double[] {0.1, 0.3, 0.2}), 1e-9);
    }

    @Test
    void whereItBindsThePartsAboveTheMinimumsShrinkTogetherToTheWholeBudget() {
        BudgetSplit split = BudgetSplit.of(LEVERS, 1, 52, List.of(new LeverBound("community", 0.2, 1)));
        // community: 0.2 + 0.6 * 0.8 = 0.68; the others 0.6 each. Parts above the minimums: 0.6, 0.48, 0.6 (1.68)
        // scaled by 0.8 / 1.68.
        double[] x = split.shares(new double[] {0.6, 0.6, 0.6});
        double scale = 0.8 / 1.68;
        assertArrayEquals(new double[] {0.6 * scale, 0.2 + 0.48 * scale, 0.6 * scale}, x, 1e-8);
        assertEquals(1, Arrays.stream(x).sum(), 1e-8);
    }

    @Test
    void theStartSplitsTheBudgetEvenly() {
        BudgetSplit split = BudgetSplit.of(LEVERS, 1, 52, List.of());
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, split.shares(split.start()), 1e-8);
    }

    @Test
    void periodsCutTheHorizonIntoEqualWeekRanges() {
        BudgetSplit split = BudgetSplit.of(LEVERS, 3, 156, List.of());
        assertEquals(List.of("1-52", "53-104", "105-end"), List.of(split.weeks(0), split.weeks(1), split.weeks(2)));
        assertEquals("community_p2", split.label(4));
        assertEquals("all", BudgetSplit.of(LEVERS, 1, 156, List.of()).weeks(0));
    }

    @Test
    void badBoundsAreRefusedWithWhatIsWrong() {
        assertEquals("--bounds advertising=0.5:0.2: the least share is above the most",
                assertThrows(OptimizeException.class, () -> LeverBound.parse("advertising=0.5:0.2")).getMessage());
        assertTrue(assertThrows(OptimizeException.class, () -> BudgetSplit.of(LEVERS, 1, 52,
                List.of(new LeverBound("advertising", 0.6, 1), new LeverBound("community", 0.5, 1)))).getMessage()
                .startsWith("the least shares of --bounds sum to 1.1 "));
        assertTrue(assertThrows(OptimizeException.class, () -> LeverBound.parse("advertising=0.5")).getMessage()
                .contains("expected LEVER=MIN:MAX"));
        assertTrue(assertThrows(OptimizeException.class, () -> BudgetSplit.of(LEVERS, 100, 52, List.of())).getMessage()
                .startsWith("--periods 100"));
    }
}
