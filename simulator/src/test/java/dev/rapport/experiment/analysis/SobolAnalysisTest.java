package dev.rapport.experiment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SobolAnalysisTest {
    private static final double A = 7;
    private static final double B = 0.1;

    /** The Ishigami function (Ishigami and Homma 1990) of a point of the unit cube, inputs uniform on [-pi, pi]. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double[] outputs(Design design, ToDoubleFunction<double[]> f) {
        double[][] points = design.points();
        double[] outputs = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            outputs[i] = f.applyAsDouble(points[i]);
        }
        return outputs;
    }

    /**
     * The known indices: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2,
     * V2 = a^2/8, V13 = b^2 pi^8 (1/18 - 1/50), so S1 = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
     *
     * <p>Tolerance: each estimator is a mean over N = 8192 base rows. Treating the rows as
     * independent (plain Monte Carlo), its standard error is what the bootstrap measures: at most
     * 0.016 here (the widest 95% interval, for S1, is 0.063 wide), about 1.4/sqrt(N). 0.03 is two of
     * those, which plain Monte Carlo would meet 95% of the time and the Sobol sequence meets with
     * room to spare (observed errors at most 0.001); a wrong estimator (A for B in S_i, a missing
     * 1/2 in Jansen's) misses it by far more.
     */
    @Test
    void ishigamiIndicesMatchTheirKnownValuesAndTheIntervalsCoverThem() {
        double v = A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.3139, first[0], 1e-4);
        assertEquals(0.5576, total[0], 1e-4);
        assertEquals(0.2437, total[2], 1e-4);

        SaltelliDesign design = new SaltelliDesign(3, 8192);
        List<SobolIndex> indices = SobolAnalysis.analyse(design, outputs(design, SobolAnalysisTest::ishigami), 500,
                0.95, 42);
        for (SobolIndex index : indices) {
            int i = index.factor();
            assertEquals(first[i], index.first().value(), 0.03, "S" + (i + 1));
            assertEquals(total[i], index.total().value(), 0.03, "ST" + (i + 1));
            assertTrue(index.first().covers(first[i]), "S" + (i + 1) + " interval " + index.first() + " covers " + first[i]);
            assertTrue(index.total().covers(total[i]), "ST" + (i + 1) + " interval " + index.total() + " covers " + total[i]);
            assertTrue(index.first().high() - index.first().low() < 0.1, "the interval is informative");
        }
    }

    /** An additive function y = x0 + 2 x1 with no effect of x2: S_i = ST_i = (1/5, 4/5, 0), exactly in the limit. */
    @Test
    void anAdditiveFunctionHasEqualFirstAndTotalIndices() {
        SaltelliDesign design = new SaltelliDesign(3, 1024);
        List<SobolIndex> indices = SobolAnalysis.analyse(design, outputs(design, x -> x[0] + 2 * x[1]), 200, 0.95, 1);
        double[] expected = {0.2, 0.8, 0};
        for (SobolIndex index : indices) {
            assertEquals(expected[index.factor()], index.first().value(), 0.02);
            assertEquals(expected[index.factor()], index.total().value(), 0.02);
        }
        assertEquals(0, indices.get(2).total().value(), 1e-15, "a factor that changes nothing has a total of 0");
    }

    @Test
    void theBootstrapIsTheSameForASeed() {
        SaltelliDesign design = new SaltelliDesign(3, 256);
        double[] outputs = outputs(design, SobolAnalysisTest::ishigami);
        assertEquals(SobolAnalysis.analyse(design, outputs, 100, 0.9, 3), SobolAnalysis.analyse(design, outputs, 100, 0.9, 3));
    }

    @Test
    void anOutputThatDoesNotVaryHasUnknownIndices() {
        SaltelliDesign design = new SaltelliDesign(2, 64);
        SobolIndex index = SobolAnalysis.analyse(design, outputs(design, x -> 3), 10, 0.95, 1).get(0);
        assertTrue(Double.isNaN(index.first().value()) && Double.isNaN(index.total().value()));
        assertThrows(IllegalArgumentException.class, () -> SobolAnalysis.analyse(design, new double[5], 1));
    }
}
