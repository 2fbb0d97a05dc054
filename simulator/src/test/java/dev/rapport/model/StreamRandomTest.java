package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The consumer's stream: {@link StreamRandom#skip} passes over draws exactly, and
 * {@link StreamRandom#waitOutlasts}, the test without a logarithm that lets a tick with no event
 * skip one: it must never say "after the span" where the exact test with the logarithm, as
 * {@link Trial} and {@link CustomerLife} take it, says "within", and it must say so for nearly
 * every draw of a short tick, or it saves nothing.
 */
class StreamRandomTest {
    private static final int CASES = 2_000_000;

    @Test
    void skippingDrawsLeavesTheStreamWhereMakingThemWould() {
        for (int n = 0; n < 5; n++) {
            StreamRandom made = new StreamRandom();
            StreamRandom skipped = new StreamRandom();
            made.reset(0x5EEDL, 17, 123_456);
            skipped.reset(0x5EEDL, 17, 123_456);
            double first = made.nextDouble();
            assertTrue(first == skipped.nextDouble());
            for (int d = 0; d < n; d++) {
                made.nextDouble();
            }
            skipped.skip(n);
            for (int d = 0; d < 3; d++) {
                assertTrue(made.nextDouble() == skipped.nextDouble(), "after skipping " + n + ", draw " + d);
            }
        }
    }

    @Test
    void neverSkipsAnEventTheLogarithmWouldFindWithin() {
        SplittableRandom r = new SplittableRandom(42);
        long skipped = 0;
        for (int n = 0; n < CASES; n++) {
            // Rates from a millionth to a thousand per week, spans from a day to a year, time already passed.
            double rate = Math.pow(10, -6 + 9 * r.nextDouble());
            double span = Math.pow(10, -1 + 2.5 * r.nextDouble()) / 7;
            double elapsed = r.nextDouble() < 0.5 ? 0 : span * r.nextDouble();
            double bound = rate * (span - elapsed);
            // Half the draws right at the boundary, where rounding could tell.
            double u = r.nextBoolean() ? r.nextDouble() : Math.min(Math.nextDown(1.0), bound * (1 + 1e-9 * r.nextGaussian()));
            if (u < 0) {
                continue;
            }
            if (StreamRandom.waitOutlasts(u, rate, span - elapsed, span)) {
                skipped++;
                double ends = elapsed - Math.log1p(-u) / rate;
                assertTrue(ends >= span, "u " + u + " rate " + rate + " span " + span + " elapsed " + elapsed);
                assertTrue(-Math.log1p(-u) > rate * (span - elapsed), "the whole span's hazard reaches the draw: u " + u);
            }
        }
        assertTrue(skipped > CASES / 4, "skipped only " + skipped);
    }

    @Test
    void aDaysDrawAtATypicalRateIsSkippedNineTimesInTen() {
        SplittableRandom r = new SplittableRandom(7);
        double day = 1 / 7.0;
        int skipped = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            skipped += StreamRandom.waitOutlasts(r.nextDouble(), 0.5, day, day) ? 1 : 0;
        }
        // P(u >= 0.5/7) = 0.93; 4 standard errors of a share from 100,000 draws is under 0.004.
        assertTrue(skipped > 0.92 * n, "skipped " + skipped);
    }
}
