package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Customers' quiet ticks settled at kept bounds ({@link Lulls}, {@link Decider#sieve},
 * {@link CustomerLife#keptQuiet}) leave the market exactly as deciding every tick does: through
 * the ads' rise and fade, deliveries per customer falling as customers grow, members' trust
 * fading past the membership threshold, community introductions adding ties, and customers who
 * buy several times a week, so that a bound any lower than the hazards it stands for would be
 * caught by draws falling between the two.
 */
class CustomerLullsTest {

    private static String story(String name) {
        try {
            return Files.readString(Path.of("..", "scenarios", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Customer-ticks of a run, counted before each tick. */
    private static long[] customerTicks(SideBySide runs) {
        long[] ticks = new long[1];
        runs.expected.passersBy = false;
        runs.start();
        MarketModel m = runs.actual;
        runs.stepToTheEnd(() -> {
            for (int i = 0; i < m.size; i++) {
                ticks[0] += Stage.active(m.consumers.stage[i]) ? 1 : 0;
            }
        });
        return ticks;
    }

    @Test
    void busyCustomersSettledAtKeptBoundsLeaveTheFlagshipAsDecidingEveryTick() {
        // Purchases several times a week, evidence that fades in weeks (members' trust falls through
        // the threshold, where they step back), daily ticks past the end of the ads (week 26).
        LoadedScenario loaded = Harness.load(story("spend-vs-invest.yaml"),
                "population.size=" + (2 * Listening.BLOCK + 77), "time.tick=day", "time.horizon_weeks=30",
                "outputs.baseline=false", "market.purchase_rate=1", "mechanisms.trust.forgetting_rate=0.5", "mechanisms.community.enabled=false", "mechanisms.membership.join_rate=0.5", "mechanisms.membership.demotion_rate=2",
                "brands[0].initial_customers=0.2");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 2);
        long customerTicks = customerTicks(runs)[0];
        long lulled = runs.actual.decisions.lulledCustomers();
        assertEquals(0, runs.expected.decisions.lulledCustomers());
        assertTrue(customerTicks > 100_000, "customer-ticks: " + customerTicks);
        assertTrue(lulled > customerTicks / 5, lulled + " of " + customerTicks + " customer-ticks settled at kept bounds");
    }

    @Test
    void customersKeptAfterADiscountLeaveTheMarketAsDecided() {
        // After the discount the reference price sits below the price, which raises churn while it
        // climbs back (ads that never shout, so that lulls stay open).
        LoadedScenario loaded = Harness.load(story("spend-vs-invest.yaml"), "population.size=" + (Listening.BLOCK + 77),
                "time.tick=day", "time.horizon_weeks=16", "outputs.baseline=false", "market.purchase_rate=1",
                "brands[0].initial_customers=0.2", "mechanisms.churn.base_rate=0.2",
                "mechanisms.advertising.shouting_threshold=1000000");
        SideBySide runs = new SideBySide(loaded, "spend", 1, 2);
        long customerTicks = customerTicks(runs)[0];
        long lulled = runs.actual.decisions.lulledCustomers();
        assertTrue(lulled > customerTicks / 10, lulled + " of " + customerTicks + " customer-ticks settled at kept bounds");
    }

    @Test
    void anIntroductionEndsTheBoundsAtBothEnds() {
        // An added tie is heard outside the talkers' masks: a bad word said along it would pass a
        // kept bound by, so neither end keeps one.
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
        LoadedScenario loaded = Harness.load(story("spend-vs-invest.yaml"), "population.size=3000", "time.tick=day",
                "time.horizon_weeks=40", "outputs.baseline=false");
        SideBySide runs = new SideBySide(loaded, "mixed", 1, 1);
        long customerTicks = customerTicks(runs)[0];
        long lulled = runs.actual.decisions.lulledCustomers();
        assertTrue(lulled > customerTicks / 3, lulled + " of " + customerTicks + " customer-ticks settled at kept bounds");
    }

    @Test
    void customersCapsComeDownAsValuesFallAndEndCustomersBoundsAlone() {
        byte[] stage = {Stage.AWARE_CODE, Stage.CUSTOMER_CODE, Stage.MEMBER_CODE};
        Lulls lulls = new Lulls(stage);
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
        // Past it: the customers' bounds end, the passer-by's stands, the caps come down.
        levers.deliveryRate = 0.75;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertTrue(Double.isNaN(lulls.standing(1)) && Double.isNaN(lulls.standing(2)));
        assertEquals(0.01, lulls.standing(0), 1e-8);
        assertEquals(1.25 * 0.75, lulls.deliveryCap(), 1e-12);
        assertEquals(0.5, lulls.customerAdEffectCap(), 1e-12);
        // Ads faded to almost nothing: too little to wake customers for.
        lulls.stand(1, 0.01);
        levers.adEffect = 0.01;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertTrue(Double.isNaN(lulls.standing(1)), "0.5 falls to 0.01: moved");
        assertEquals(0.0125, lulls.customerAdEffectCap(), 1e-12);
        lulls.stand(1, 0.01);
        levers.adEffect = 0.001;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertEquals(0.01, lulls.standing(1), 1e-8, "a cap below what is noticed stays");
        // A value past a customers' cap ends their bounds too, and raises the cap.
        levers.deliveryRate = 1.0;
        lulls.beginTick(levers, 1.0, 0.1, false, true);
        assertTrue(Double.isNaN(lulls.standing(1)));
        assertEquals(0.01, lulls.standing(0), 1e-8);
        assertEquals(1.25, lulls.deliveryCap(), 1e-12);
    }
}
