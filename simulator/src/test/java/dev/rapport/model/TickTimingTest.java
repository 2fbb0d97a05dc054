package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import org.junit.jupiter.api.Test;

/**
 * What happens within a tick must not depend on how long the tick is: a customer who lapses
 * mid-tick can be won back in the rest of it, talk and purchases that start mid-tick are caught up
 * in the next tick, and listening answers criticisms whoever raised them. Each test would fail with the
 * simpler scheme it guards against (measured when the mechanism was written).
 */
class TickTimingTest {
    /** Churn c and win-back w only, on weekly ticks: a two-state chain with a known balance. */
    private static final String CHURN_AND_WIN_BACK = """
            name: churn and win-back
            seed: 7
            replications: 1
            time: {horizon_weeks: 40, tick: week}
            population: {size: 20000}
            network: {type: complete}
            market: {purchase_rate: 0, organic_trial_rate: 0.3}
            mechanisms:
              awareness: {enabled: false}
              advertising: {enabled: false}
              discount: {enabled: false}
              price: {enabled: false}                # price moves no behaviour (a classic reduction)
              paid_reach: {enabled: false}
              value_delivery: {enabled: false}
              community: {enabled: false}
              advocate_programme: {enabled: false}
              listening: {enabled: false}
              word_of_mouth: {enabled: false}
              social_proof: {enabled: false}
              trust: {enabled: false}
              value_fit: {enabled: false}
              reciprocity: {enabled: false}
              membership: {enabled: false}
              churn: {base_rate: 0.2, winback_factor: 1, rival_pull: 0, social_retention: 0}
              detraction: {enabled: false}
              experience: {enabled: false}
            brands:
              - {name: acme, initial_customers: 0.5}
            strategies:
              - name: s
                plan: []
            """;

    @Test
    void customersWhoLapseMidTickCanBeWonBackInIt() {
        // Active share at balance: w / (c + w) = 0.3 / 0.5. Were a lapse to keep a consumer out until
        // the next tick, every lapsed spell would last half a week longer and the weekly share would
        // sit near 0.564 (0.036 below; measured before the win-back race existed).
        LoadedScenario loaded = Harness.load(CHURN_AND_WIN_BACK);
        int reps = 4;
        double[] share = new double[reps];
        for (int r = 0; r < reps; r++) {
            int weeks = 0;
            for (Harness.Row row : Harness.run(loaded, r)) {
                if (row.week() >= 20) {
                    share[r] += row.get(Metric.CUSTOMERS) / 20000;
                    weeks++;
                }
            }
            share[r] /= weeks;
        }
        double mean = mean(share);
        // Per replication the share is a mean over 21 weeks of a binomial share (sd √(0.24/20000) ≈
        // 0.0035 each week); across replications its sd is measured. 3 SE, with the binomial SE of
        // one week as a floor should four replications agree by chance.
        double se = Math.max(sd(share) / Math.sqrt(reps), Math.sqrt(0.24 / 20000) / Math.sqrt(reps));
        assertEquals(0.6, mean, 3 * se, "active share at balance, weekly ticks");
    }

    @Test
    void talkStartedMidTickIsCaughtUpInTheNextTick() {
        // Bass with weekly ticks, imitation from talk (fraction mode, q = 0.38).
        assertWeeklyBassFollowsItsRecurrences(bass()
                .replace("word_of_mouth: {enabled: false}", "word_of_mouth: {mode: fraction, customer_voice: 1, trial_rate: 0.38}"));
    }

    @Test
    void whatContactsBuyIsCaughtUpToo() {
        // The same with imitation from social proof instead (on a complete network the share of
        // contacts who are customers is F): customers who adopted during a tick count for the part
        // of it they missed, as talk does.
        assertWeeklyBassFollowsItsRecurrences(bass()
                .replace("social_proof: {enabled: false}", "social_proof: {rate: 0.38}")
                .replace("population: {size: 20000}",
                        "population: {size: 20000, segments: [{name: all, social_sensitivity: {mean: 1, sd: 0}}]}"));
    }

    /** The churn scenario turned into Bass's p = 0.03 with no imitation yet and nobody churning. */
    private static String bass() {
        return CHURN_AND_WIN_BACK
                .replace("organic_trial_rate: 0.3", "organic_trial_rate: 0.03")
                .replace("churn: {base_rate: 0.2, winback_factor: 1, rival_pull: 0, social_retention: 0}", "churn: {enabled: false}")
                .replace("initial_customers: 0.5", "initial_customers: 0");
    }

    /**
     * Week 8 of a weekly Bass run (N = 20,000, p = 0.03, q = 0.38) under each timing: catch-up puts
     * diffusion ahead of the plain stepped hazard. The two recurrences (ClassicAnswers) give 0.623
     * and 0.549, continuous time 0.652. Tolerance: 3 binomial SE at N = 20,000 (0.0035) plus 0.01
     * for the finite-N drift of one run from the large-N recurrence (the validation suite's band).
     */
    private static void assertWeeklyBassFollowsItsRecurrences(String bass) {
        double caughtUp = Harness.metricAt(Harness.load(bass), Metric.CUSTOMERS, 8, 1)[0] / 20000;
        double stepped = Harness.metricAt(Harness.load(bass, "mechanisms.word_of_mouth.timing=tick_start"),
                Metric.CUSTOMERS, 8, 1)[0] / 20000;
        double tolerance = 3 * Math.sqrt(0.25 / 20000) + 0.01;
        assertEquals(0.549, stepped, tolerance, "tick_start follows the stepped hazard");
        assertEquals(0.623, caughtUp, tolerance, "catch_up follows the caught-up recurrence");
    }

    @Test
    void listeningAnswersCriticsWhoeverTheyAre() {
        // Poor quality, and a listening allowance that pays for about a third of the criticisms.
        // Rationed by a running allowance, the consumers visited first (low indices) would take
        // every answer; answered at one probability, both halves of the population fare alike.
        String yaml = Harness.BASE.replace("quality: 0.8", "quality: 0.5")
                .replace("size: 1500", "size: 6000")
                .replace("plan: []", "plan:\n      - {lever: listening, weeks: all, per_week: 300, share: 1}");
        LoadedScenario loaded = Harness.load(yaml);
        StrategySpec strategy = loaded.scenario().effectiveStrategies().get(0);
        MarketModel model = new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, 0),
                (tick, week, brand, values) -> { });
        model.runToHorizon();
        Consumers c = model.consumers;
        double[] sum = new double[2];
        double[] sumSq = new double[2];
        int[] n = new int[2];
        for (int i = 0; i < c.size; i++) {
            if ((c.flags[i] & Consumers.EVER_ACQUIRED) == 0) {
                continue;
            }
            int half = i < c.size / 2 ? 0 : 1;
            double t = c.trust(i);
            sum[half] += t;
            sumSq[half] += t * t;
            n[half]++;
        }
        double[] mean = {sum[0] / n[0], sum[1] / n[1]};
        double se = Math.sqrt((sumSq[0] / n[0] - mean[0] * mean[0]) / n[0] + (sumSq[1] / n[1] - mean[1] * mean[1]) / n[1]);
        assertTrue(n[0] > 200 && n[1] > 200, "enough customers in each half");
        assertEquals(mean[0], mean[1], 3 * se, "trust of customers in the first and second half of the visiting order");
        BrandState brand = model.brands[0];
        assertTrue(brand.levers.answerProbability > 0.1 && brand.levers.answerProbability < 0.9,
                "the allowance pays for part of the criticisms, not none or all: " + brand.levers.answerProbability);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
