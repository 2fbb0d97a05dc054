package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;

/**
 * Ticks settled at kept bounds ({@link Lulls}, {@link Decider#sieve}) leave the market exactly as
 * deciding every tick does, through what ends a bound: a crisis that gives evidence outside the
 * consumers' own ticks, paid follows that make unaware consumers aware, ads whose effect grows past
 * the caps, and contacts who start to talk; and {@link Lulls#beginTick} ends every bound when a cap
 * is passed, a discount runs, ads shout, or consumers are heard ahead.
 */
class LullsTest {

    @Test
    void aCrisisEndsTheBoundsItsEvidenceBreaks() {
        LoadedScenario loaded = Harness.load(Harness.story("stories/crisis.yaml"), "population.size=3000", "time.horizon_weeks=6",
                "outputs.baseline=false");
        SideBySide runs = new SideBySide(loaded, "steady", 1, 1);
        runs.expected.passersBy = false;
        runs.start();
        MarketModel m = runs.actual;
        long[] affected = new long[1];
        runs.stepToTheEnd(() -> {
            for (int p = 0; p < m.consumers.flags.length; p++) {
                affected[0] += (m.consumers.flags[p] & Consumers.CRISIS_AFFECTED) != 0 ? 1 : 0;
            }
        });
        assertTrue(affected[0] > m.size, "consumer-ticks affected by the crisis: " + affected[0]);
        assertTrue(m.decisions.lulled() > (long) m.size * 10, "consumer-ticks settled at kept bounds: " + m.decisions.lulled());
    }

    @Test
    void paidFollowsEndTheBoundsOfThoseTheyMakeAware() {
        // A brisk organic trial rate, so that an aware follower's tick is one a bound of hearing of
        // the brand, kept from before the follow, would wrongly pass over.
        LoadedScenario loaded = Harness.load(Harness.story("stories/engaged.yaml"), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=10", "outputs.baseline=false", "market.organic_trial_rate=0.05");
        SideBySide runs = new SideBySide(loaded, "followers", 1, 1);
        runs.settledBesideDecided();
        MarketModel m = runs.actual;
        long followers = 0;
        for (byte flags : m.consumers.flags) {
            followers += (flags & Consumers.FOLLOWER) != 0 ? 1 : 0;
        }
        assertTrue(followers > 100, "followers: " + followers);
        assertTrue(m.decisions.lulled() > 0, "no tick settled at kept bounds");
    }

    @Test
    void twoWorkersSettlingAtKeptBoundsLeaveTheFlagshipAsOneDecidingEveryTick() {
        LoadedScenario loaded = Harness.load(Harness.story("spend-vs-invest.yaml"),
                "population.size=" + (2 * Listening.BLOCK + 77), "time.tick=day", "time.horizon_weeks=12",
                "outputs.baseline=false");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 2);
        long consumerTicks = runs.settledBesideDecided();
        assertTrue(runs.actual.decisions.lulled() > consumerTicks / 4,
                runs.actual.decisions.lulled() + " of " + consumerTicks + " consumer-ticks settled at kept bounds");
    }

    @Test
    void passingACapEndsThePassersByBoundsAndMovesTheCaps() {
        Lulls lulls = new Lulls(new byte[3], true);
        LeverEffects levers = new LeverEffects();
        levers.adEffect = 0.2;
        levers.programmeCoverage = 0.5;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertTrue(lulls.open());
        lulls.stand(0, 0.01);
        lulls.stand(2, 0.02);
        levers.adEffect = 0.25; // within the cap: bounds kept
        lulls.beginTick(levers, 1.2, 0.1, false, true);
        // Kept as a float, rounded up: never below the bound given, so still a bound.
        assertTrue(lulls.standing(0) >= 0.01 && lulls.standing(0) < 0.01 * (1 + 1e-6), "kept " + lulls.standing(0));
        assertEquals(0.25, lulls.adEffectCap(), 1e-12);
        levers.adEffect = 0.26; // past the cap (1.25 × 0.2): the passers-by's bounds end, caps from this tick
        lulls.beginTick(levers, 1.2, 0.1, false, true);
        assertTrue(Double.isNaN(lulls.standing(0)) && Double.isNaN(lulls.standing(2)));
        assertEquals(1.25 * 0.26, lulls.adEffectCap(), 1e-12);
        assertEquals(1.25 * 1.2, lulls.loudestCap(), 1e-12);
        assertEquals(1.25 * 0.1, lulls.loudestCustomerCap(), 1e-12);
        assertTrue(lulls.open());
        // Each of the four values past its cap alone ends the passers-by's bounds.
        for (int value = 0; value < 4; value++) {
            lulls.stand(1, 0.03);
            double loudest = lulls.loudestCap() / 1.25;
            double loudestCustomer = lulls.loudestCustomerCap() / 1.25;
            levers.programmeCoverage = lulls.coverageCap() / 1.25;
            levers.adEffect = lulls.adEffectCap() / 1.25;
            lulls.beginTick(levers, loudest, loudestCustomer, false, true);
            assertEquals(0.03, lulls.standing(1), 1e-8, "value " + value + " within its cap");
            switch (value) {
                case 0 -> levers.adEffect = 1.3 * levers.adEffect;
                case 1 -> levers.programmeCoverage = 1.3 * levers.programmeCoverage;
                case 2 -> loudest = 1.3 * loudest;
                default -> loudestCustomer = 1.3 * loudestCustomer;
            }
            lulls.beginTick(levers, loudest, loudestCustomer, false, true);
            assertTrue(Double.isNaN(lulls.standing(1)), "value " + value + " past its cap");
        }
    }

    @Test
    void discountsShoutingAndHearingAheadCloseTheLulls() {
        LeverEffects levers = new LeverEffects();
        for (int c = 0; c < 3; c++) {
            Lulls lulls = new Lulls(new byte[2], true);
            levers.discountDepth = 0;
            lulls.beginTick(levers, 1.0, 0.1, false, true);
            assertTrue(lulls.open());
            lulls.stand(1, 0.01);
            levers.discountDepth = c == 0 ? 0.15 : 0;
            lulls.beginTick(levers, 1.0, 0.1, c == 1, c != 2);
            assertFalse(lulls.open(), "case " + c);
            assertTrue(Double.isNaN(lulls.standing(1)), "case " + c);
        }
    }
}
