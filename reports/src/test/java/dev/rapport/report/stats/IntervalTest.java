package dev.rapport.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void isMeanPlusMinusStudentTTimesStandardError() {
        Interval interval = Interval.of(new double[] {1, 2, 3, 4, 5});

        // sd = sqrt(2.5); t(0.975, 4) = 2.776445105
        double half = 2.776445105 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(5, interval.n());
        assertEquals(3.0, interval.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), interval.sd(), 1e-12);
        assertEquals(3 - half, interval.low(), 1e-8);
        assertEquals(3 + half, interval.high(), 1e-8);
    }

    @Test
    void withOneReplicationIsTheMeanItself() {
        Interval interval = Interval.of(new double[] {42});

        assertEquals(new Interval(1, 42, 0, 42, 42), interval);
    }

    @Test
    void withNoSpreadHasNoWidth() {
        Interval interval = Interval.of(new double[] {7, 7, 7});

        assertEquals(7, interval.low());
        assertEquals(7, interval.high());
    }
}
