package dev.rapport.experiment.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PrimTest {
    private static final int N = 2000;
    private static final double NOISE = 0.02;

    /** Uniform points in [0,1]^3, of interest where x0 > 0.6 and x1 < 0.3, each label flipped with probability 2%. */
    private record Planted(double[][] x, boolean[] interest) {
        static Planted draw(long seed) {
            RandomGenerator random = new MersenneTwister(seed);
            double[][] x = new double[N][3];
            boolean[] interest = new boolean[N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < 3; j++) {
                    x[i][j] = random.nextDouble();
                }
                boolean planted = x[i][0] > 0.6 && x[i][1] < 0.3;
                interest[i] = random.nextDouble() < NOISE != planted;
            }
            return new Planted(x, interest);
        }
    }

    /**
     * The planted box holds 12% of the points. Near the end a peel removes 5% of about 240 points,
     * moving a limit by 5% of the box's width (0.02 on x0, 0.015 on x1), and the box of most
     * coverage at density 0.9 may stop a peel or two short of the planted edge (a margin of 0.02
     * on x0 lowers the density by about 5%): a tolerance of 0.05 on each limit.
     */
    @Test
    void findsThePlantedBox() {
        Planted data = Planted.draw(14);
        PrimTrajectory trajectory = Prim.find(data.x(), data.interest());
        PrimBox box = trajectory.widestWithDensity(0.9).orElseThrow();
        List<FactorLimits> restrictions = box.restrictions();
        assertEquals(List.of(0, 1), restrictions.stream().map(FactorLimits::factor).toList(),
                "x0 and x1 restricted, x2 free: " + restrictions);
        FactorLimits x0 = restrictions.get(0);
        FactorLimits x1 = restrictions.get(1);
        assertTrue(x0.restrictsLow() && !x0.restrictsHigh(), "x0 >= low: " + x0);
        assertTrue(!x1.restrictsLow() && x1.restrictsHigh(), "x1 <= high: " + x1);
        assertEquals(0.6, x0.low(), 0.05);
        assertEquals(0.3, x1.high(), 0.05);
        assertTrue(box.density() > 0.8, "density " + box.density());
        assertTrue(box.coverage() > 0.7, "coverage " + box.coverage());
    }

    @Test
    void peelingRaisesDensityAndLowersMassAndCoverageStepByStep() {
        Planted data = Planted.draw(3);
        PrimTrajectory trajectory = Prim.find(data.x(), data.interest(), new PrimSettings(0.05, 0.05, 0.05, false));
        List<PrimBox> boxes = trajectory.boxes();
        PrimBox first = boxes.get(0);
        assertEquals(1, first.mass());
        assertEquals(1, first.coverage());
        assertTrue(first.restrictions().isEmpty());
        assertTrue(boxes.size() > 10);
        for (int s = 1; s < boxes.size(); s++) {
            PrimBox before = boxes.get(s - 1);
            PrimBox after = boxes.get(s);
            assertFalse(after.pasted());
            assertTrue(after.density() > before.density(), "each peel raises the density");
            assertTrue(after.mass() < before.mass());
            assertTrue(after.coverage() <= before.coverage());
            assertTrue(after.mass() >= 0.05, "no box below the minimum mass");
            // Each peel removes about 5% of the box's points.
            assertEquals(Math.floor(0.05 * before.points()), before.points() - after.points(), 0.0);
        }
    }

    @Test
    void pastingOnlyGrowsTheBoxAndRaisesItsDensity() {
        Planted data = Planted.draw(2); // a draw where a paste pays (as in 5 of the first 20 seeds)
        PrimTrajectory peeled = Prim.find(data.x(), data.interest(), new PrimSettings(0.05, 0.05, 0.05, false));
        PrimTrajectory pasted = Prim.find(data.x(), data.interest(), new PrimSettings(0.05, 0.05, 0.05, true));
        assertEquals(peeled.boxes(), pasted.boxes().subList(0, peeled.boxes().size()), "pasting starts from the peeled box");
        assertTrue(pasted.boxes().size() > peeled.boxes().size(), "at least one paste");
        for (int s = peeled.boxes().size(); s < pasted.boxes().size(); s++) {
            PrimBox before = pasted.box(s - 1);
            PrimBox after = pasted.box(s);
            assertTrue(after.pasted());
            assertTrue(after.points() > before.points());
            assertTrue(after.density() > before.density());
        }
    }

    @Test
    void withNothingOfInterestThereIsNothingToPeel() {
        Planted data = Planted.draw(1);
        PrimTrajectory trajectory = Prim.find(data.x(), new boolean[N]);
        assertEquals(1, trajectory.boxes().size());
        assertEquals(0, trajectory.last().coverage());
        assertTrue(trajectory.widestWithDensity(0.5).isEmpty());
    }
}
