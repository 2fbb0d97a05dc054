package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per lever, event and switchable mechanism: the metric it should move moves in the
 * direction the model brief gives, against the same scenario without it and on the same random
 * numbers. Effects are judged by the paired t statistic over replications (t &gt; 3: the effect is
 * far outside sampling noise), never by a single run.
 */
class MechanismEffectsTest {
    private static final int REPS = 8;
    private static final double SIGNIFICANT = 3.0;

    private static String plan(String... levers) {
        StringBuilder sb = new StringBuilder("              - name: s\n                plan:\n");
        if (levers.length == 0) {
            sb.setLength(0);
            sb.append("              - name: s\n                plan: []\n");
        }
        for (String lever : levers) {
            sb.append("                  - ").append(lever).append('\n');
        }
        return Harness.BASE.replace("""
                  - name: s
                    plan: []
                """, sb.toString());
    }

    private static double effect(String with, String without, Metric metric, double week, String... overrides) {
        LoadedScenario a = Harness.load(with, overrides);
        LoadedScenario b = Harness.load(without, overrides);
        return Harness.pairedT(Harness.metricAt(a, metric, week, REPS), Harness.metricAt(b, metric, week, REPS));
    }

    private static double flowEffect(String with, String without, Metric metric, double week, String... overrides) {
        LoadedScenario a = Harness.load(with, overrides);
        LoadedScenario b = Harness.load(without, overrides);
        return Harness.pairedT(Harness.metricSum(a, metric, week, REPS), Harness.metricSum(b, metric, week, REPS));
    }

    private static final String NONE = plan();

    @Test
    void advertisingRaisesAwarenessAndBuysCustomers() {
        String ads = plan("{lever: advertising, weeks: all, per_week: 150}");
        assertTrue(effect(ads, NONE, Metric.AWARENESS, 8) > SIGNIFICANT);
        assertTrue(flowEffect(ads, NONE, Metric.ACQUIRED_ADVERTISING, 26) > SIGNIFICANT);
    }

    @Test
    void heavyAdvertisingCostsTrust() {
        String shouting = plan("{lever: advertising, weeks: all, per_week: 2000}");
        // The same spend with the shouting penalty set to zero isolates the trust cost of frequency.
        LoadedScenario loud = Harness.load(shouting);
        LoadedScenario quiet = Harness.load(shouting, "mechanisms.advertising.shouting_penalty=0");
        double diff = Harness.pairedT(Harness.metricAt(quiet, Metric.TRUST, 26, REPS),
                Harness.metricAt(loud, Metric.TRUST, 26, REPS));
        assertTrue(diff > SIGNIFICANT, "trust is higher without the shouting penalty: t = " + diff);
    }

    @Test
    void discountsLiftTrialNowCostMarginAndLoseDealSeekersAfter() {
        String discount = plan("{lever: discount, weeks: 1-10, depth: 0.3}");
        assertTrue(flowEffect(discount, NONE, Metric.ACQUIRED_DISCOUNT, 10) > SIGNIFICANT);
        assertTrue(effect(discount, NONE, Metric.CUSTOMERS, 10) > SIGNIFICANT);
        assertTrue(flowEffect(discount, NONE, Metric.DISCOUNT_COST, 10) > SIGNIFICANT);
        // After the discount, the customers it brought in churn faster (Lewis 2006): more lapse by
        // week 52 than on the same random numbers without the extra churn of the deal-acquired. A
        // discount brings in a few dozen of 1,500 consumers, so this compares 6,000.
        LoadedScenario dealProne = Harness.load(discount, "mechanisms.discount.deal_churn_rate=0.05", "population.size=6000");
        LoadedScenario loyal = Harness.load(discount, "mechanisms.discount.deal_churn_rate=0", "population.size=6000");
        assertTrue(Harness.pairedT(Harness.metricAt(dealProne, Metric.LAPSED, 52, REPS),
                Harness.metricAt(loyal, Metric.LAPSED, 52, REPS)) > SIGNIFICANT);
    }

    @Test
    void paidReachGrowsFollowersButNotEngagement() {
        String reach = plan("{lever: paid_reach, weeks: 1-10, per_week: 200}");
        assertTrue(effect(reach, NONE, Metric.FOLLOWERS, 12) > SIGNIFICANT);
        assertTrue(effect(NONE, reach, Metric.ENGAGED_RATIO, 12) > SIGNIFICANT, "engaged share of followers falls");
    }

    @Test
    void valueDeliveryRaisesTrustAndMembership() {
        String value = plan("{lever: value_delivery, weeks: all, per_week: 200}");
        assertTrue(effect(value, NONE, Metric.TRUST, 40) > SIGNIFICANT);
        assertTrue(effect(value, NONE, Metric.MEMBERS, 40) > SIGNIFICANT);
    }

    @Test
    void communityHostingKeepsMembersAndTiesTheTribe() {
        String community = plan("{lever: community, weeks: all, per_week: 300}");
        assertTrue(effect(community, NONE, Metric.MEMBERS, 40) > SIGNIFICANT);
        assertTrue(effect(community, NONE, Metric.TRIBE_COHESION, 40) > SIGNIFICANT);
    }

    @Test
    void aNewMemberIsWelcomedOnceWhenTheyJoin() {
        // Nobody leaves the tribe and hosting costs next to nothing, so the community's spend is
        // the welcomes alone: one per member who joined, never again for the same member.
        String community = plan("{lever: community, weeks: all, per_week: 300}");
        LoadedScenario loaded = Harness.load(community, "mechanisms.churn.enabled=false",
                "mechanisms.detraction.enabled=false", "mechanisms.membership.demotion_rate=0",
                "mechanisms.community.cost_per_member=0.0001", "mechanisms.community.introduction_rate=0",
                "mechanisms.community.cost_per_welcome=7");
        for (int r = 0; r < 2; r++) {
            List<Harness.Row> rows = Harness.run(loaded, r);
            Harness.Row first = rows.get(0);
            Harness.Row last = rows.get(rows.size() - 1);
            double joined = last.get(Metric.MEMBERS) + last.get(Metric.ADVOCATES)
                    - first.get(Metric.MEMBERS) - first.get(Metric.ADVOCATES);
            double hosting = 0.0001 * 52 * last.get(Metric.MEMBERS) + 0.0001 * 52 * last.get(Metric.ADVOCATES);
            double spent = last.get(Metric.CUMULATIVE_SPEND);
            assertTrue(joined > 20, "members joined: " + joined);
            assertTrue(spent >= 7 * joined && spent <= 7 * joined + hosting + 0.01 * 52,
                    "spend " + spent + " is " + joined + " welcomes at 7 (plus at most " + hosting + " of hosting)");
        }
    }

    @Test
    void advocateProgrammeRaisesAdvocatesAndReferrals() {
        String programme = plan("{lever: advocate_programme, weeks: all, per_week: 200}");
        assertTrue(effect(programme, NONE, Metric.ADVOCATES, 52) > SIGNIFICANT);
        assertTrue(flowEffect(programme, NONE, Metric.ACQUIRED_REFERRAL, 52) > SIGNIFICANT);
    }

    @Test
    void listeningAndHonestAnswersProtectTrustWhenQualityIsPoor() {
        String listening = plan("{lever: listening, weeks: all, per_week: 500, share: 1}");
        assertTrue(effect(listening, NONE, Metric.TRUST, 40, "brands[0].quality=0.5") > SIGNIFICANT);
    }

    @Test
    void aCrisisLowersTrustAndTheResponseDecidesHowMuch() {
        String base = NONE;
        String crisis = base + "events:\n  - {type: crisis, brand: acme, week: 10, severity: 4, share_affected: 0.5, response: RESPONSE}\n";
        String ignore = crisis.replace("RESPONSE", "ignore");
        String honest = crisis.replace("RESPONSE", "honest");
        String defensive = crisis.replace("RESPONSE", "defensive");
        assertTrue(effect(base, ignore, Metric.TRUST, 14) > SIGNIFICANT, "a crisis lowers trust");
        assertTrue(effect(honest, ignore, Metric.TRUST, 20) > SIGNIFICANT, "an honest answer recovers trust");
        assertTrue(effect(ignore, defensive, Metric.TRUST, 20) > SIGNIFICANT, "a defensive answer makes it worse");
        assertTrue(effect(defensive, honest, Metric.DETRACTORS, 30) > SIGNIFICANT, "and breeds detractors");
    }

    @Test
    void aDropInQualityLowersTrust() {
        String drop = NONE + "events:\n  - {type: quality_change, brand: acme, week: 5, quality: 0.3}\n";
        assertTrue(effect(NONE, drop, Metric.TRUST, 30) > SIGNIFICANT);
    }

    @Test
    void wordOfMouthSpreadsAdoptionAndSwitchesOff() {
        assertEquals(0, effect(NONE, NONE, Metric.CUSTOMERS, 30), 0, "the same scenario twice: no effect");
        LoadedScenario on = Harness.load(NONE);
        LoadedScenario off = Harness.load(NONE, "mechanisms.word_of_mouth.enabled=false");
        assertTrue(Harness.pairedT(Harness.metricAt(on, Metric.CUSTOMERS, 40, REPS),
                Harness.metricAt(off, Metric.CUSTOMERS, 40, REPS)) > SIGNIFICANT);
        double[] referrals = Harness.metricSum(off, Metric.ACQUIRED_REFERRAL, 52, 2);
        assertEquals(0, referrals[0] + referrals[1], 0, "no talk, no referrals");
    }

    @Test
    void socialProofRaisesTrial() {
        LoadedScenario on = Harness.load(NONE, "mechanisms.social_proof.rate=0.2");
        LoadedScenario off = Harness.load(NONE, "mechanisms.social_proof.enabled=false");
        assertTrue(Harness.pairedT(Harness.metricAt(on, Metric.CUSTOMERS, 30, REPS),
                Harness.metricAt(off, Metric.CUSTOMERS, 30, REPS)) > SIGNIFICANT);
    }

    @Test
    void switchedOffMechanismsLeaveTheirStagesEmpty() {
        double[] lapsed = Harness.metricAt(Harness.load(NONE, "mechanisms.churn.enabled=false",
                "mechanisms.detraction.enabled=false"), Metric.LAPSED, 52, 2);
        assertEquals(0, lapsed[0] + lapsed[1], 0, "no churn, no lapsed customers");
        double[] members = Harness.metricAt(Harness.load(NONE, "mechanisms.membership.enabled=false"), Metric.MEMBERS, 52, 2);
        assertEquals(0, members[0] + members[1], 0, "no membership, no members");
        double[] detractors = Harness.metricAt(Harness.load(NONE, "mechanisms.detraction.enabled=false"),
                Metric.DETRACTORS, 52, 2);
        assertEquals(0, detractors[0] + detractors[1], 0, "no detraction, no detractors");
        double[] unaware = Harness.metricAt(Harness.load(NONE, "mechanisms.awareness.enabled=false"), Metric.UNAWARE, 52, 2);
        assertEquals(0, unaware[0] + unaware[1], 0, "awareness off: everyone is aware");
    }

    @Test
    void trustRaisesRetentionThroughChurn() {
        LoadedScenario sensitive = Harness.load(NONE, "brands[0].quality=0.95");
        LoadedScenario poor = Harness.load(NONE, "brands[0].quality=0.4");
        assertTrue(Harness.pairedT(Harness.metricAt(poor, Metric.LAPSED, 52, REPS),
                Harness.metricAt(sensitive, Metric.LAPSED, 52, REPS)) > SIGNIFICANT, "poor quality, low trust, more churn");
    }

    @Test
    void goodwillFromDeliveredValueRaisesPurchasesAndFades() {
        String value = plan("{lever: value_delivery, weeks: 1-20, per_week: 300}");
        LoadedScenario on = Harness.load(value);
        LoadedScenario off = Harness.load(value, "mechanisms.reciprocity.enabled=false");
        assertTrue(Harness.pairedT(Harness.metricSum(on, Metric.REVENUE, 20, REPS),
                Harness.metricSum(off, Metric.REVENUE, 20, REPS)) > SIGNIFICANT);
        // Gratitude is short-lived: after the last delivery (week 20) the customers' goodwill fades
        // at the stated rate, e^(-0.15 x 10) = 0.22 of itself ten weeks on.
        double[] goodwill = new double[53];
        Harness.run(on, 0, (model, row) -> {
            double sum = 0;
            for (float g : model.consumers.goodwill) {
                sum += g;
            }
            goodwill[row.tick()] = sum;
        });
        assertTrue(goodwill[20] > 0, "goodwill was given");
        assertEquals(Math.exp(-0.15 * 10), goodwill[30] / goodwill[20], 1e-3, "goodwill fades at decay_rate");
    }

    @Test
    void aFriendsWordBindsTheCustomerItWonWhileTheFriendBuys() {
        // The bond raises the buying and lowers the churn of customers won by a contact's word.
        LoadedScenario bonded = Harness.load(NONE, "mechanisms.word_of_mouth.bond=1");
        LoadedScenario loose = Harness.load(NONE, "mechanisms.word_of_mouth.bond=0");
        assertTrue(Harness.pairedT(Harness.metricSum(bonded, Metric.PURCHASES, 52, REPS),
                Harness.metricSum(loose, Metric.PURCHASES, 52, REPS)) > SIGNIFICANT, "bonded customers buy more");
        assertTrue(Harness.pairedT(Harness.metricAt(loose, Metric.LAPSED, 52, REPS),
                Harness.metricAt(bonded, Metric.LAPSED, 52, REPS)) > SIGNIFICANT, "and lapse less");
        // Every bond is to a contact, and only customers won by word of mouth or referral have one.
        int[] bonds = new int[1];
        Harness.run(bonded, 0, (model, row) -> {
            if (row.tick() != 52) {
                return;
            }
            Consumers c = model.consumers;
            for (int i = 0; i < c.size; i++) {
                int by = c.wonBy[i];
                if (by < 0) {
                    continue;
                }
                bonds[0]++;
                assertTrue(c.channel[i] == Channel.REFERRAL.code() || c.channel[i] == Channel.WORD_OF_MOUTH.code());
                boolean[] contact = new boolean[1];
                model.network.forEachContact(i, (j, strong) -> contact[0] |= j == by);
                assertTrue(contact[0], "consumer " + i + " is bound to " + by + ", not one of its contacts");
            }
        });
        assertTrue(bonds[0] > 0, "word of mouth won someone");
        // Without talk there is nobody to be bound to: the bond changes nothing.
        assertEquals(0, Harness.pairedT(
                Harness.metricSum(Harness.load(NONE, "mechanisms.word_of_mouth.enabled=false", "mechanisms.word_of_mouth.bond=1"),
                        Metric.PURCHASES, 52, 3),
                Harness.metricSum(Harness.load(NONE, "mechanisms.word_of_mouth.enabled=false", "mechanisms.word_of_mouth.bond=0"),
                        Metric.PURCHASES, 52, 3)), 0);
    }

    @Test
    void buyingAndReferringNeverLowerOnesOwnBuying() {
        // Without value given, goodwill is zero: switching reciprocity off changes nothing at all.
        assertEquals(0, Harness.pairedT(Harness.metricSum(Harness.load(NONE), Metric.REVENUE, 52, 3),
                Harness.metricSum(Harness.load(NONE, "mechanisms.reciprocity.enabled=false"), Metric.REVENUE, 52, 3)), 0);
    }

    @Test
    void aLowerPriceWinsTrialAndPurchases() {
        // The willingness to pay is anchored to the category's price, not to the brand's own.
        LoadedScenario cheap = Harness.load(NONE, "market.reference_price=40", "brands[0].price=36");
        LoadedScenario dear = Harness.load(NONE, "market.reference_price=40", "brands[0].price=44");
        assertTrue(Harness.pairedT(Harness.metricAt(cheap, Metric.CUSTOMERS, 40, REPS),
                Harness.metricAt(dear, Metric.CUSTOMERS, 40, REPS)) > SIGNIFICANT);
        LoadedScenario off = Harness.load(NONE, "market.reference_price=40", "brands[0].price=44",
                "mechanisms.price.enabled=false");
        LoadedScenario offCheap = Harness.load(NONE, "market.reference_price=40", "brands[0].price=36",
                "mechanisms.price.enabled=false");
        assertEquals(0, Harness.pairedT(Harness.metricAt(offCheap, Metric.CUSTOMERS, 40, 3),
                Harness.metricAt(off, Metric.CUSTOMERS, 40, 3)), 0, "price off: price moves nobody");
    }

    @Test
    void aTemporaryPriceCutBringsPurchasesForward() {
        String cut = plan("{lever: discount, weeks: 20-23, depth: 0.1}");
        double[] units = difference(window(Harness.load(cut), Metric.COGS, 20, 23), window(Harness.load(NONE), Metric.COGS, 20, 23));
        // Cost of goods counts units at list cost: more units sold while the price is cut.
        assertTrue(mean(units) > 0 && Harness.pairedT(window(Harness.load(cut), Metric.COGS, 20, 23),
                window(Harness.load(NONE), Metric.COGS, 20, 23)) > SIGNIFICANT);
    }

    private static double[] window(LoadedScenario loaded, Metric metric, double fromWeek, double toWeek) {
        double[] upTo = Harness.metricSum(loaded, metric, toWeek, REPS);
        double[] before = Harness.metricSum(loaded, metric, fromWeek - 1, REPS);
        return difference(upTo, before);
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }
}
