package dev.rapport.stories;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/stories/referrals.yaml, customers who create customers. Where the model agrees with
 * the story: a community and an advocate programme raise the share of customers won by referral
 * and grow deeper referral trees. Where it disagrees: growth needs no viral coefficient above 1;
 * without any programme or spend, referrals bring a few per cent of the customers and the brand's
 * buyers still multiply, carried by customers' word of mouth, which the viral coefficient does not
 * count. The tests pin both, so a change to the mechanisms that turns either shows up here.
 */
class ReferralsStoryTest {
    private static final int REPS = 6;
    /** Paired t over 6 replications sharing seeds: 3 is beyond the 2% one-sided level (t_5). */
    private static final double SIGNIFICANT = 3.0;
    private static final double END = 156;
    private static LoadedScenario loaded;
    /** The README's loud market: advocates 20 times as loud, joining 5 and promotion 10 times as fast. */
    private static LoadedScenario loud;

    @BeforeAll
    static void load() {
        loaded = StoryRuns.load("referrals.yaml", "population.size=2000");
        loud = StoryRuns.load("referrals.yaml", "population.size=2000", "mechanisms.word_of_mouth.advocate_voice=20",
                "mechanisms.membership.join_rate=0.05", "mechanisms.membership.advocate_rate=0.05");
    }

    private static double[] at(String strategy, Metric metric, double week) {
        return at(loaded, strategy, metric, week);
    }

    private static double[] at(LoadedScenario scenario, String strategy, Metric metric, double week) {
        return StoryRuns.metricAt(scenario, strategy, "acme", metric, week, REPS);
    }

    private static double[] buyers(String strategy, double week) {
        return buyers(loaded, strategy, week);
    }

    /** Everyone who buys the brand: customers, members and advocates are stages of one buying base. */
    private static double[] buyers(LoadedScenario scenario, String strategy, double week) {
        double[] out = at(scenario, strategy, Metric.CUSTOMERS, week);
        double[] members = at(scenario, strategy, Metric.MEMBERS, week);
        double[] advocates = at(scenario, strategy, Metric.ADVOCATES, week);
        for (int r = 0; r < REPS; r++) {
            out[r] += members[r] + advocates[r];
        }
        return out;
    }

    @Test
    void advocatesWinAGreaterShareOfCustomersByReferral() {
        double[] advocates = at("advocates", Metric.REFERRAL_SHARE, END);
        double[] none = at("baseline", Metric.REFERRAL_SHARE, END);
        double t = StoryRuns.pairedT(advocates, none);
        assertTrue(t > SIGNIFICANT, "referral share at three years, advocate programme over none: paired t " + t
                + " (means " + StoryRuns.mean(advocates) + " and " + StoryRuns.mean(none) + ")");
    }

    @Test
    void advocatesGrowDeeperReferralTrees() {
        double[] advocates = at("advocates", Metric.REFERRAL_DEPTH, END);
        double[] none = at("baseline", Metric.REFERRAL_DEPTH, END);
        double t = StoryRuns.pairedT(advocates, none);
        assertTrue(t > SIGNIFICANT, "deepest referral tree at three years, advocate programme over none: paired t " + t
                + " (means " + StoryRuns.mean(advocates) + " and " + StoryRuns.mean(none) + ")");
    }

    @Test
    void buyersMultiplyThoughReferralsBringFewOfThem() {
        // The disagreement: without a programme or any spend referrals win under a tenth of the
        // customers (mean plus three standard errors below 0.1) ...
        double[] share = at("baseline", Metric.REFERRAL_SHARE, END);
        double upper = StoryRuns.mean(share) + SIGNIFICANT * StoryRuns.standardError(share);
        assertTrue(upper < 0.1, "referral share without a programme: " + StoryRuns.mean(share) + ", upper " + upper);
        // ... and the buying base still more than triples in three years, on word of mouth.
        double[] start = buyers("baseline", 1);
        double[] end = buyers("baseline", END);
        double[] tripled = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            tripled[r] = 3 * start[r];
        }
        double t = StoryRuns.pairedT(end, tripled);
        assertTrue(t > SIGNIFICANT, "buyers at three years over three times the start, no programme: paired t " + t
                + " (means " + StoryRuns.mean(end) + " and " + StoryRuns.mean(tripled) + ")");
    }

    @Test
    void withLoudAdvocatesReferralBecomesTheMainChannelAndGrowthIsFaster() {
        // Above 1 (a customer refers one within about a year of a stay of years): most new
        // customers come by referral (mean minus three standard errors above a half) ...
        double[] share = at(loud, "baseline", Metric.REFERRAL_SHARE, END);
        double lower = StoryRuns.mean(share) - SIGNIFICANT * StoryRuns.standardError(share);
        assertTrue(lower > 0.5, "referral share with loud advocates: " + StoryRuns.mean(share) + ", lower " + lower);
        // ... and the buying base grows faster than in the market as given (same seeds).
        double[] fast = buyers(loud, "baseline", 52);
        double[] slow = buyers("baseline", 52);
        double t = StoryRuns.pairedT(fast, slow);
        assertTrue(t > SIGNIFICANT, "buyers at one year, loud advocates over the market as given: paired t " + t
                + " (means " + StoryRuns.mean(fast) + " and " + StoryRuns.mean(slow) + ")");
    }
}
