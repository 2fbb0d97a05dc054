package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;

/**
 * Customers' quiet ticks settled at kept bounds ({@link Lulls}, {@link Decider#sieve},
 * {@link CustomerLife#keptQuiet}) leave the market exactly as deciding every tick does: through
 * the ads' rise and fade, deliveries per customer falling as customers grow, members' trust
 * fading past the membership threshold, a discount's end, community introductions adding ties,
 * and customers who buy weekly, so that a bound lower than the hazards it stands for is caught by
 * draws falling between the two (the caps' deliveries left out, the threshold's check left out, a
 * cap not raised, readiness taken at 0, an introduction ending one end's bound: each fails here).
 */
class CustomerLullsTest {

    /**
     * Runs {@code strategy} of {@code loaded} with {@code workers}, settling customers' quiet ticks at
     * kept bounds, beside a run deciding every tick ({@link SideBySide}), and checks that more than
     * one in {@code atLeastOneIn} of its customer-ticks were so settled; returns the run that settled them.
     */
    private static MarketModel assertSettledBesideDecided(LoadedScenario loaded, String strategy, int workers, int atLeastOneIn) {
        SideBySide runs = new SideBySide(loaded, strategy, 1, workers);
        runs.expected.passersBy = false;
        runs.start();
        MarketModel m = runs.actual;
        long[] customerTicks = new long[1];
        runs.stepToTheEnd(() -> {
            for (int i = 0; i < m.size; i++) {
                customerTicks[0] += Stage.active(m.consumers.stage[i]) ? 1 : 0;
            }
        });
        long lulled = m.decisions.lulledCustomers();
        assertEquals(0, runs.expected.decisions.lulledCustomers());
        assertTrue(customerTicks[0] > 10_000, "customer-ticks: " + customerTicks[0]);
        assertTrue(lulled > customerTicks[0] / atLeastOneIn,
                strategy + ": " + lulled + " of " + customerTicks[0] + " customer-ticks settled at kept bounds");
        return m;
    }

    @Test
    void busyCustomersSettledAtKeptBoundsLeaveTheFlagshipAsDecidingEveryTick() {
        // Purchases weekly, evidence that fades in weeks, many members with no introductions, whose
        // trust falls through the threshold while they keep bounds (where they step back, briskly),
        // daily ticks past the end of the ads (week 26).
        LoadedScenario loaded = Harness.load(Harness.story("spend-vs-invest.yaml"),
                "population.size=" + (2 * Listening.BLOCK + 77), "time.tick=day", "time.horizon_weeks=30",
                "outputs.baseline=false", "market.purchase_rate=1", "mechanisms.trust.forgetting_rate=0.5",
                "mechanisms.community.enabled=false", "mechanisms.membership.join_rate=0.5",
                "mechanisms.membership.demotion_rate=2", "brands[0].initial_customers=0.2");
        assertSettledBesideDecided(loaded, "mixed", 2, 5);
    }

    @Test
    void customersKeepBoundsWhereNobodyHearsOfTheBrandAndPassersByKeepNone() {
        // Awareness off: everyone is a trial candidate from the start, and only customers keep
        // bounds (Lulls); customers buying weekly and churning, daily ticks.
        LoadedScenario loaded = Harness.load(Harness.story("spend-vs-invest.yaml"),
                "population.size=" + (2 * Listening.BLOCK + 77), "time.tick=day", "time.horizon_weeks=20",
                "outputs.baseline=false", "market.purchase_rate=1", "mechanisms.awareness.enabled=false",
                "mechanisms.churn.base_rate=0.2", "brands[0].initial_customers=0.2");
        for (int workers = 1; workers <= 2; workers++) {
            MarketModel m = assertSettledBesideDecided(loaded, "invest", workers, 5);
            assertEquals(0, m.decisions.lulled(), "passers-by's ticks settled at kept bounds, with awareness off");
            assertTrue(m.decisions.passedBy() > 0, "no passer-by settled at bounds: the test market has none");
        }
    }

    @Test
    void customersKeptAfterADiscountLeaveTheMarketAsDecided() {
        // After the discount the reference price sits below the price, which raises churn while it
        // climbs back (ads that never shout, so that lulls stay open).
        LoadedScenario loaded = Harness.load(Harness.story("spend-vs-invest.yaml"), "population.size=" + (Listening.BLOCK + 77),
                "time.tick=day", "time.horizon_weeks=16", "outputs.baseline=false", "market.purchase_rate=1",
                "brands[0].initial_customers=0.2", "mechanisms.churn.base_rate=0.2",
                "mechanisms.advertising.shouting_threshold=1000000");
        assertSettledBesideDecided(loaded, "spend", 2, 10);
    }

    @Test
    void introducedMembersKeepBoundsAndLeaveTheMarketAsDecided() {
        // Members joining briskly and introduced to each other (community on): their added ties are
        // heard outside the talkers' masks, counted as talking in their bounds, and a critic along
        // one ends the bound (detractors turning briskly below a high threshold).
        LoadedScenario loaded = Harness.load(Harness.story("spend-vs-invest.yaml"),
                "population.size=" + (2 * Listening.BLOCK + 77), "time.tick=day", "time.horizon_weeks=40",
                "outputs.baseline=false", "brands[0].initial_customers=0.2", "mechanisms.membership.join_rate=1",
                "mechanisms.community.introduction_rate=2", "mechanisms.detraction.threshold=0.45");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 2);
        runs.expected.passersBy = false;
        runs.start();
        MarketModel m = runs.actual;
        long[] keptWithAddedTies = new long[1];
        long[] introduced = new long[1];
        runs.stepToTheEnd(() -> {
            introduced[0] = 0;
            for (int i = 0; i < m.size; i++) {
                introduced[0] += m.network.addedCount(i) > 0 ? 1 : 0;
                double kept = m.lulls.standing(i);
                if (Stage.active(m.consumers.stage[i]) && m.network.addedCount(i) > 0 && kept == kept && kept != Lulls.LATER) {
                    keptWithAddedTies[0]++;
                }
            }
        });
        assertTrue(introduced[0] > 100, "consumers introduced: " + introduced[0]);
        assertTrue(keptWithAddedTies[0] > 10_000, "customer-ticks with added ties begun at a kept bound: " + keptWithAddedTies[0]);
    }

    @Test
    void anIntroductionEndsTheBoundsAtBothEnds() {
        // An added tie is one more contact to hear, outside the talkers' masks: neither end's bound
        // counted it, so both end, to be worked out again with it.
        MarketModel m = Harness.flagshipMixedDaily("population.size=6000", "brands[0].initial_customers=0.2",
                "mechanisms.membership.join_rate=1");
        m.start();
        for (int tick = 0; tick < 40; tick++) {
            m.schedule.step(m);
        }
        int[] added = new int[m.size];
        boolean[] kept = new boolean[m.size];
        for (int i = 0; i < m.size; i++) {
            added[i] = m.network.addedCount(i);
            kept[i] = Stage.active(m.consumers.stage[i]) && !Double.isNaN(m.lulls.standing(i));
        }
        m.brands[0].levers.introductionCredit = 300;
        new CommunityStep().step(m);
        long introduced = 0;
        for (int i = 0; i < m.size; i++) {
            if (m.network.addedCount(i) > added[i] && kept[i]) {
                introduced++;
                assertTrue(Double.isNaN(m.lulls.standing(i)), "consumer " + i + " introduced keeps its bound");
            }
        }
        assertTrue(introduced > 50, "introduced while keeping a bound: " + introduced);
        m.finish();
    }

    @Test
    void oneWorkerKeepsCustomersBoundsAsTwoDo() {
        LoadedScenario loaded = Harness.load(Harness.story("spend-vs-invest.yaml"), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=40", "outputs.baseline=false");
        assertSettledBesideDecided(loaded, "mixed", 1, 3);
    }

    @Test
    void customersCapsComeDownAsValuesFallAndHaveCustomersBoundsWorkedOutAgain() {
        byte[] stage = {Stage.AWARE_CODE, Stage.CUSTOMER_CODE, Stage.MEMBER_CODE};
        Lulls lulls = new Lulls(stage, true);
        LeverEffects levers = new LeverEffects();
        levers.adEffect = 0.4;
        levers.programmeCoverage = 0.5;
        levers.deliveryRate = 1.0;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(1.25, lulls.deliveryCap(), 1e-12);
        assertEquals(0.5, lulls.customerAdEffectCap(), 1e-12);
        for (int i = 0; i < 3; i++) {
            lulls.stand(i, 0.01);
        }
        // Deliveries per customer fall, within the headroom twice over: bounds kept.
        levers.deliveryRate = 0.85;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(0.01, lulls.standing(1), 1e-8);
        // Past it: the customers' bounds are to be worked out again at the new caps, the
        // passer-by's stands, the caps come down; a customer with no bound gets none.
        lulls.wake(2);
        levers.deliveryRate = 0.75;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(Lulls.LATER, lulls.standing(1));
        assertTrue(Double.isNaN(lulls.standing(2)));
        assertEquals(0.01, lulls.standing(0), 1e-8);
        assertEquals(1.25 * 0.75, lulls.deliveryCap(), 1e-12);
        assertEquals(0.5, lulls.customerAdEffectCap(), 1e-12);
        // Ads faded to almost nothing: too little to wake customers for.
        lulls.stand(1, 0.01);
        levers.adEffect = 0.01;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(Lulls.LATER, lulls.standing(1), "0.5 falls to 0.01: moved");
        assertEquals(0.0125, lulls.customerAdEffectCap(), 1e-12);
        lulls.stand(1, 0.01);
        levers.adEffect = 0.001;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(0.01, lulls.standing(1), 1e-8, "a cap below what is noticed stays");
        // A value past a customers' cap ends their bounds too, and raises the cap.
        levers.deliveryRate = 1.0;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(Lulls.LATER, lulls.standing(1));
        assertEquals(0.01, lulls.standing(0), 1e-8);
        assertEquals(1.25, lulls.deliveryCap(), 1e-12);
        // One of the passers-by's caps passed (the loudest voice): their bounds end, customers' stand.
        lulls.stand(1, 0.01);
        lulls.beginTick(levers, 2.0, 0.1, false, true);
        assertTrue(Double.isNaN(lulls.standing(0)));
        assertEquals(0.01, lulls.standing(1), 1e-8);
    }
}
