package dev.rapport.experiment.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void aGridListsEveryCombinationOfLevelsLastFactorFastest() {
        Grid grid = new Grid(List.of(2, 3));
        double[][] points = grid.points();
        assertEquals(6, grid.size());
        assertArrayEquals(new double[][] {{0, 0}, {0, 0.5}, {0, 1}, {1, 0}, {1, 0.5}, {1, 1}}, points);
        assertArrayEquals(new double[] {0.5}, new Grid(List.of(1)).points()[0], "a single level sits in the middle");
    }

    @Test
    void aLatinHypercubePutsOnePointInEveryStratumOfEveryFactor() {
        int size = 50;
        LatinHypercube design = new LatinHypercube(4, size, 7);
        double[][] points = design.points();
        assertEquals(size, points.length);
        for (int j = 0; j < 4; j++) {
            int[] perStratum = new int[size];
            for (double[] point : points) {
                assertTrue(point[j] >= 0 && point[j] < 1);
                perStratum[(int) Math.floor(point[j] * size)]++;
            }
            for (int count : perStratum) {
                assertEquals(1, count, "factor " + j + " has one point per stratum");
            }
        }
        // Random within strata: not all at the strata's centres or left edges.
        long offCentre = Arrays.stream(points).filter(p -> Math.abs(p[0] * size % 1 - 0.5) > 0.1).count();
        assertTrue(offCentre > size / 2, "points are placed at random within their strata");
    }

    @Test
    void aLatinHypercubeIsTheSameForASeedAndDiffersAcrossSeeds() {
        assertArrayEquals(new LatinHypercube(3, 20, 11).points(), new LatinHypercube(3, 20, 11).points());
        assertFalse(Arrays.deepEquals(new LatinHypercube(3, 20, 11).points(), new LatinHypercube(3, 20, 12).points()));
    }

    @Test
    void sobolPointsAreCommonsMathsSequenceOriginIncluded() {
        double[][] points = SobolPoints.of(3, 10).points();
        SobolSequenceGenerator generator = new SobolSequenceGenerator(3);
        for (double[] point : points) {
            assertArrayEquals(generator.nextVector(), point);
        }
        assertArrayEquals(new double[] {0, 0, 0}, points[0]);
        double[][] skipped = new SobolPoints(3, 6, 4).points();
        assertArrayEquals(Arrays.copyOfRange(points, 4, 10), skipped, "skipping 4 starts at the fifth point");
    }

    /** Why the origin is kept: the first 2^m points, origin included, stratify every coordinate exactly. */
    @Test
    void theFirstPowerOfTwoSobolPointsHaveOnePointPerIntervalOfEveryCoordinate() {
        int size = 64;
        assertTrue(stratified(SobolPoints.of(5, size).points(), size));
        assertFalse(stratified(new SobolPoints(5, size, 1).points(), size),
                "dropping the first point breaks the balance");
    }

    private static boolean stratified(double[][] points, int size) {
        for (int j = 0; j < points[0].length; j++) {
            int[] perInterval = new int[size];
            for (double[] point : points) {
                perInterval[(int) Math.floor(point[j] * size)]++;
            }
            if (Arrays.stream(perInterval).anyMatch(count -> count != 1)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theSaltelliDesignGroupsABAndEachABiByBaseRow() {
        int k = 3;
        int n = 8;
        SaltelliDesign design = new SaltelliDesign(k, n);
        double[][] points = design.points();
        double[][] sobol = SobolPoints.of(2 * k, n).points();
        assertEquals(n * (k + 2), points.length);
        for (int row = 0; row < n; row++) {
            double[] a = Arrays.copyOfRange(sobol[row], 0, k);
            double[] b = Arrays.copyOfRange(sobol[row], k, 2 * k);
            int first = row * (k + 2);
            assertArrayEquals(a, points[first]);
            assertArrayEquals(b, points[first + k + 1]);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                assertArrayEquals(ab, points[first + 1 + i], "AB_" + i + " is A with column " + i + " from B");
            }
        }
    }

    /** Any slice of any design is the same rows of the whole: what lets runs be streamed or split across a cluster. */
    @Test
    void slicesOfEveryDesignAreTheRowsOfTheWhole() {
        List<Design> designs = List.of(new Grid(List.of(3, 2, 4)), new LatinHypercube(3, 17, 5), SobolPoints.of(4, 33),
                new SobolPoints(2, 9, 8), new MorrisDesign(3, 5, 4, 9), new SaltelliDesign(3, 7));
        for (Design design : designs) {
            double[][] all = design.points();
            assertEquals(design.size(), all.length, design.toString());
            for (int from = 0; from <= design.size(); from += 3) {
                for (int to = from; to <= design.size(); to += 4) {
                    assertArrayEquals(Arrays.copyOfRange(all, from, to), design.points(from, to),
                            design + " points " + from + " to " + to);
                }
            }
        }
    }

    @Test
    void designsRefuseSizesTheyCannotHave() {
        assertThrows(IllegalArgumentException.class, () -> new Grid(List.of(3, 0)));
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new SobolPoints(1001, 10, 0), "Commons Math's directions stop at 1000");
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(3, 10, 5, 1), "an odd number of levels");
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(501, 8), "2k Sobol dimensions");
        assertThrows(IndexOutOfBoundsException.class, () -> SobolPoints.of(2, 8).points(4, 9));
    }
}
