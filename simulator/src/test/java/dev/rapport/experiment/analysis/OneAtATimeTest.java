package dev.rapport.experiment.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneAtATimeTest {
    @Test
    void theRunsAreTheBaseThenEachFactorLowAndHigh() {
        OneAtATime design = new OneAtATime(new double[] {5, 50}, new double[] {4, 40}, new double[] {6, 70});
        assertArrayEquals(new double[][] {{5, 50}, {4, 50}, {6, 50}, {5, 40}, {5, 70}}, design.points());
    }

    @Test
    void swingsAreSortedLargestFirst() {
        // y = x0 - 3 x1 + x2^2 around the base (0.5, 0.5, 0.5), each factor from 0 to 1: swings 1, 3, 1.
        OneAtATime design = new OneAtATime(new double[] {0.5, 0.5, 0.5}, new double[] {0, 0, 0}, new double[] {1, 1, 1.5});
        double[][] points = design.points();
        double[] outputs = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double[] x = points[i];
            outputs[i] = x[0] - 3 * x[1] + x[2] * x[2];
        }
        List<Swing> swings = design.swings(outputs);
        assertEquals(List.of(1, 2, 0), swings.stream().map(Swing::factor).toList());
        assertEquals(3, swings.get(0).swing(), 1e-12);
        assertEquals(2.25, swings.get(1).swing(), 1e-12);
        assertEquals(1, swings.get(2).swing(), 1e-12);
        Swing x1 = swings.get(0);
        assertEquals(0.5 - 0 + 0.25, x1.lowOutput(), 1e-12);
        assertEquals(0.5 - 3 + 0.25, x1.highOutput(), 1e-12);
        assertEquals(0.5 - 1.5 + 0.25, x1.baseOutput(), 1e-12);
    }
}
