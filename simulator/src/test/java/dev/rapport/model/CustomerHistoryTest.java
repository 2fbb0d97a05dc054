package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.WeekRange;
import org.junit.jupiter.api.Test;

/**
 * The observer's record of first acquisition channels and lapses, and the cohorts read from it, on
 * hand-set consumer arrays whose histories are known: each tick sets the start-of-tick stages, then
 * the end-of-tick state, then lets the history read it, as a run does.
 */
class CustomerHistoryTest {
    private static final byte ACTIVE = Stage.CUSTOMER_CODE;
    private static final byte LAPSED = Stage.LAPSED_CODE;
    private static final byte AWARE = Stage.AWARE_CODE;

    private final Consumers c = new Consumers(6, 1);
    private final CustomerHistory history = new CustomerHistory(6);

    /** Consumer i acquired through {@code channel} in {@code tick} (the end state of that tick). */
    private void acquire(int i, Channel channel, int tick) {
        c.stage[i] = ACTIVE;
        c.channel[i] = channel.code();
        c.acquiredTick[i] = tick;
        if ((c.flags[i] & Consumers.EVER_ACQUIRED) == 0) {
            c.flags[i] |= Consumers.EVER_ACQUIRED;
            c.firstPurchaseWeek[i] = tick;
        }
    }

    private void startTick() {
        System.arraycopy(c.stage, 0, c.stageAtTickStart, 0, c.stage.length);
    }

    @Test
    void keepsTheFirstChannelThroughAWinBackAndCountsEachLapse() {
        java.util.Arrays.fill(c.stage, AWARE);
        startTick();
        acquire(0, Channel.ADVERTISING, 1);
        history.update(c, 1);
        startTick();
        c.stage[0] = LAPSED;
        history.update(c, 2);
        startTick();
        acquire(0, Channel.REFERRAL, 3); // won back by a referral: still an advertising customer
        history.update(c, 3);
        startTick();
        c.stage[0] = LAPSED;
        history.update(c, 4);
        assertEquals(Channel.ADVERTISING.code(), history.firstChannel(0));
        assertEquals(2, history.lapses(0));
        assertEquals(0, history.lapses(1));
        assertEquals(CustomerHistory.NONE, history.firstChannel(1));
    }

    @Test
    void seesLapsesWithinTheTickOfAcquisitionAndWinBacksWithinOneTick() {
        java.util.Arrays.fill(c.stage, AWARE);
        startTick();
        acquire(0, Channel.DISCOUNT, 1);
        c.stage[0] = LAPSED; // bought and lapsed in the same tick
        acquire(1, Channel.ORGANIC, 1);
        history.update(c, 1);
        startTick();
        acquire(1, Channel.WORD_OF_MOUTH, 2); // active at the start, lapsed and won back within tick 2
        history.update(c, 2);
        assertEquals(1, history.lapses(0));
        assertEquals(1, history.lapses(1));
        assertEquals(Channel.ORGANIC.code(), history.firstChannel(1));
    }

    @Test
    void startingCustomersHaveNoFirstChannelInTheRun() {
        c.stage[0] = ACTIVE;
        c.flags[0] |= Consumers.EVER_ACQUIRED; // bought before week 0
        startTick();
        c.stage[0] = LAPSED;
        history.update(c, 1);
        startTick();
        acquire(0, Channel.REFERRAL, 2);
        history.update(c, 2);
        assertEquals(CustomerHistory.NONE, history.firstChannel(0));
        assertEquals(1, history.lapses(0));
    }

    @Test
    void cohortTalliesCustomersLapsesAndMarginByFirstChannelInPeople() {
        java.util.Arrays.fill(c.stage, AWARE);
        startTick();
        acquire(0, Channel.REFERRAL, 2);
        acquire(1, Channel.REFERRAL, 3);
        acquire(2, Channel.ADVERTISING, 3);
        acquire(3, Channel.ADVERTISING, 9); // outside weeks 1-4
        history.update(c, 2);
        history.update(c, 3);
        history.update(c, 9);
        startTick();
        c.stage[1] = LAPSED;
        history.update(c, 10);
        c.discountedMargin[0] = 30;
        c.discountedMargin[1] = 10;
        c.discountedMargin[2] = 8;
        Cohort cohort = Cohort.read(c, history, 0, new WeekRange(1, 4), 10, 4);
        Cohort.Tally referred = cohort.of(Channel.REFERRAL);
        assertEquals(20, referred.customers(), 1e-12);
        assertEquals(10, referred.lapsed(), 1e-12);
        assertEquals(0.5, referred.lapsedShare(), 1e-12);
        assertEquals(40 / 20.0, referred.value(), 1e-12); // money per person: 40 over 2 agents of 10 people
        Cohort.Tally others = cohort.allBut(Channel.REFERRAL);
        assertEquals(10, others.customers(), 1e-12);
        assertEquals(0, others.lapsedShare(), 1e-12);
        assertEquals(0.8, others.value(), 1e-12);
        assertEquals(Double.NaN, cohort.of(Channel.DISCOUNT).value());
    }

    /**
     * In a real run (every mechanism on, churn and win-backs included) the history agrees with the
     * state it was kept from: every customer acquired in the run has a first channel, everyone no
     * longer active has lapsed at least once, and everyone acquired again since the first purchase
     * has too.
     */
    @Test
    void agreesWithTheStateAtTheEndOfARun() {
        dev.rapport.scenario.LoadedScenario loaded = Harness.load(Harness.BASE, "time.horizon_weeks=104");
        MarketModel m = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, week, brand, values) -> { });
        m.runToHorizon();
        Consumers s = m.consumers;
        int acquired = 0;
        int lapsed = 0;
        int wonBack = 0;
        for (int p = 0; p < s.stage.length; p++) {
            if ((s.flags[p] & Consumers.EVER_ACQUIRED) == 0 || s.firstPurchaseWeek[p] == 0) {
                continue;
            }
            acquired++;
            assertTrue(m.history.firstChannel(p) != CustomerHistory.NONE, "pair " + p);
            if (!Stage.active(s.stage[p])) {
                lapsed++;
                assertTrue(m.history.lapses(p) >= 1, "pair " + p + " is not active and has no lapse");
            }
            if (s.acquiredTick[p] > Math.round(s.firstPurchaseWeek[p] / m.dt)) {
                wonBack++;
                assertTrue(m.history.lapses(p) >= 1, "pair " + p + " was won back and has no lapse");
            }
        }
        assertTrue(acquired > 100 && lapsed > 10 && wonBack > 0,
                "the run acquires, loses and wins back: " + acquired + ", " + lapsed + ", " + wonBack);
    }
}
