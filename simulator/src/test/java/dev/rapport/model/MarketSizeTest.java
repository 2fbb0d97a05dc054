package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/**
 * Agents stand for people: {@code market.size / population.size} each. Levers pay per person for
 * everyone an agent stands for, one agent's purchase is that many purchases, and counts in the
 * outputs are people; so the answer a scenario gives does not depend on how many agents simulate it,
 * and {@code market.potential} caps who could ever buy.
 */
class MarketSizeTest {
    /**
     * Every lever that pays per person, on a budget that binds part of the time. The advocate
     * programme starts once there are advocates: an empty programme pays for one seat, one person
     * at any scale, which is the one cost that rightly does not double.
     */
    private static String everyLever(double scale) {
        return Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, """
                  - name: s
                    budget: %s
                    plan:
                      - {lever: advertising, weeks: 1-20, per_week: %s}
                      - {lever: discount, weeks: 5-12, depth: 0.15}
                      - {lever: paid_reach, weeks: 1-10, per_week: %s}
                      - {lever: value_delivery, weeks: all, per_week: %s}
                      - {lever: community, weeks: all, per_week: %s}
                      - {lever: advocate_programme, weeks: 20-end, per_week: %s}
                      - {lever: listening, weeks: all, per_week: %s, share: 0.8}
                """.formatted(fmt(9000 * scale), fmt(120 * scale), fmt(20 * scale), fmt(60 * scale), fmt(40 * scale),
                fmt(30 * scale), fmt(25 * scale)));
    }

    private static String fmt(double d) {
        return String.valueOf(d);
    }

    private static final Set<Metric> PEOPLE = EnumSet.of(Metric.UNAWARE, Metric.AWARE, Metric.CUSTOMERS, Metric.MEMBERS,
            Metric.ADVOCATES, Metric.LAPSED, Metric.DETRACTORS, Metric.ACQUIRED_ADVERTISING, Metric.ACQUIRED_DISCOUNT,
            Metric.ACQUIRED_REFERRAL, Metric.ACQUIRED_WORD_OF_MOUTH, Metric.ACQUIRED_ORGANIC, Metric.FOLLOWERS,
            Metric.PURCHASES);
    private static final Set<Metric> MONEY = EnumSet.of(Metric.REVENUE, Metric.COGS, Metric.LEVER_COST,
            Metric.DISCOUNT_COST, Metric.PROFIT, Metric.CUMULATIVE_PROFIT, Metric.DISCOUNTED_PROFIT, Metric.CUMULATIVE_SPEND,
            Metric.ADVERTISING_COST,
            Metric.PAID_REACH_COST, Metric.VALUE_DELIVERY_COST, Metric.COMMUNITY_COST, Metric.ADVOCATE_PROGRAMME_COST,
            Metric.LISTENING_COST, Metric.RESPONSE_COST);

    /**
     * The same agents standing for twice the people, with twice the money, live exactly the same
     * lives: every lever's per-person reach is unchanged, so people and money double and every
     * share, average and per-person figure stays. A lever that forgot to pay per person would
     * reach twice as far and the trajectories would part.
     */
    @Test
    void twiceThePeoplePerAgentWithTwiceTheMoneyIsTheSameMarketDoubled() {
        LoadedScenario one = Harness.load(everyLever(1));
        LoadedScenario two = Harness.load(everyLever(2), "market.size=3000");
        for (int r = 0; r < 2; r++) {
            List<Harness.Row> a = Harness.run(one, r);
            List<Harness.Row> b = Harness.run(two, r);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                for (Metric metric : Metric.values()) {
                    double x = a.get(i).get(metric);
                    double y = b.get(i).get(metric);
                    double expected = PEOPLE.contains(metric) || MONEY.contains(metric) ? 2 * x : x;
                    assertEquals(expected, y, 1e-9 * Math.max(1, Math.abs(expected)),
                            metric.column() + " at week " + a.get(i).week() + ", replication " + r);
                }
            }
            double spent = a.get(a.size() - 1).get(Metric.CUMULATIVE_SPEND);
            assertTrue(spent > 1000, "the levers spend: " + spent);
        }
    }

    /**
     * The same market of 24,000 people simulated with 800 and with 3,200 agents, the same budgets:
     * customers per person and profit per person agree within sampling error (four standard errors
     * of the difference of the two means, from the replications' spread).
     */
    @Test
    void theAnswerDoesNotDependOnHowManyAgentsSimulateTheMarket() {
        String ads = Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, """
                  - name: s
                    budget: 60000
                    plan:
                      - {lever: advertising, weeks: all, per_week: 900}
                      - {lever: value_delivery, weeks: all, per_week: 300}
                """);
        int reps = 8;
        double week = 40;
        for (Metric metric : List.of(Metric.CUSTOMERS, Metric.CUMULATIVE_PROFIT)) {
            double[] small = Harness.metricAt(Harness.load(ads, "market.size=24000", "population.size=800",
                    "time.horizon_weeks=40"), metric, week, reps);
            double[] large = Harness.metricAt(Harness.load(ads, "market.size=24000", "population.size=3200",
                    "time.horizon_weeks=40"), metric, week, reps);
            double se = Math.sqrt(StatUtils.variance(small) / reps + StatUtils.variance(large) / reps);
            double diff = StatUtils.mean(small) - StatUtils.mean(large);
            assertTrue(Math.abs(diff) < 4 * se, metric.column() + ": 800 agents " + StatUtils.mean(small) + ", 3,200 agents "
                    + StatUtils.mean(large) + ", difference " + diff + " against 4 SE = " + 4 * se);
            assertTrue(Math.abs(StatUtils.mean(large)) > 20 * se / Math.sqrt(2), metric.column() + " is measured, not noise: "
                    + StatUtils.mean(large));
        }
    }

    /** Consumers outside the potential never buy; inside it, the share of the market is the potential. */
    @Test
    void nobodyOutsideTheMarketPotentialEverBuys() {
        LoadedScenario loaded = Harness.load(Harness.BASE, "market.potential=0.3", "population.size=4000",
                "network.degree=12", "time.horizon_weeks=104");
        MarketModel model = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, w, brand, values) -> { });
        model.runToHorizon();
        Consumers c = model.consumers;
        int outside = 0;
        int everBought = 0;
        for (int i = 0; i < c.size; i++) {
            boolean out = (c.flags[i] & Consumers.OUT_OF_MARKET) != 0;
            outside += out ? 1 : 0;
            if (out) {
                assertEquals(0, c.flags[i] & Consumers.EVER_ACQUIRED, "consumer " + i + " is outside the market");
            } else if ((c.flags[i] & Consumers.EVER_ACQUIRED) != 0) {
                everBought++;
            }
        }
        double n = c.size;
        double insideShare = 1 - outside / n;
        double se = Math.sqrt(0.3 * 0.7 / n);
        assertEquals(0.3, insideShare, 4 * se, "share inside the market");
        assertTrue(everBought > 0.5 * (n - outside), "word of mouth still spreads inside the market: " + everBought);
    }

    @Test
    void aFullPotentialDrawsNothingSoEveryoneCanBuy() {
        LoadedScenario loaded = Harness.load(Harness.BASE);
        MarketModel model = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(),
                loaded.scenario().effectiveStrategies().get(0), 0), (tick, w, brand, values) -> { });
        model.start();
        for (int i = 0; i < model.consumers.size; i++) {
            assertEquals(0, model.consumers.flags[i] & Consumers.OUT_OF_MARKET);
        }
    }
}
