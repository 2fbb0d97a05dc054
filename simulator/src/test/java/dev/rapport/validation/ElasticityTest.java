package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.stats.Interval;
import org.junit.jupiter.api.Test;

/** Elasticities and fact rows on numbers with known answers. */
class ElasticityTest {
    @Test
    void shortTermIsTheRelativeChangeInUnitsOverTheRelativeChangeInInput() {
        // +10% advertising, 1,000 units become 1,012: elasticity 0.12.
        assertEquals(0.12, Elasticity.of(1000, 1012, 1000, 0.10), 1e-12);
        // +5% price, 400 units become 348: elasticity -2.6.
        assertEquals(-2.6, Elasticity.of(400, 348, 400, 0.05), 1e-12);
    }

    @Test
    void longTermCountsTheFollowingWeeksExtraUnitsOverThePulseWeeksUnits() {
        // The pulse weeks sold 1,000; the pulse and the 52 weeks after sold 14,024 instead of 14,000.
        assertEquals(0.24, Elasticity.of(14_000, 14_024, 1000, 0.10), 1e-12);
    }

    @Test
    void pairsReplicationByReplication() {
        double[] out = Elasticity.paired(new double[] {100, 200}, new double[] {101, 204}, new double[] {100, 200}, 0.1);
        assertArrayEquals(new double[] {0.1, 0.2}, out, 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> Elasticity.paired(new double[] {1}, new double[] {1, 2}, new double[] {1}, 0.1));
    }

    @Test
    void noStepNoElasticityAndNoReferenceNoValue() {
        assertThrows(IllegalArgumentException.class, () -> Elasticity.of(1, 1, 1, 0));
        assertTrue(Double.isNaN(Elasticity.of(0, 0, 0, 0.1)));
    }

    @Test
    void aFactPassesWhenItsMeanIsInTheBandAndNotWithoutValues() {
        FactResult.Band band = FactResult.Band.between(0.03, 0.30);
        Interval in = FactResult.over(new double[] {0.1, 0.2, Double.NaN});
        assertEquals(2, in.n());
        assertEquals(0.15, in.mean(), 1e-12);
        assertTrue(new FactResult("f", "0.12", "s", in, band, "w", "m").passed());
        assertFalse(new FactResult("f", "0.12", "s", FactResult.over(new double[] {0.5, 0.6}), band, "w", "m").passed());
        Interval none = FactResult.over(new double[] {Double.NaN, Double.NaN});
        assertEquals(0, none.n());
        assertFalse(new FactResult("f", "0.12", "s", none, band, "w", "m").passed());
        assertEquals("[0.0300, 0.3000]", band.text());
        assertEquals("≥ 1.1600", FactResult.Band.atLeast(1.16).text());
        assertTrue(FactResult.Band.atLeast(1.16).contains(100));
        assertEquals("≤ 0.9000", FactResult.Band.atMost(0.9).text());
    }
}
