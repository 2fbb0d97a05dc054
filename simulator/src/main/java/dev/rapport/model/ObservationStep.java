package dev.rapport.model;

import dev.rapport.model.network.Network;
import java.util.concurrent.atomic.AtomicInteger;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The last process of a tick: on recording ticks, measures every {@link Metric} and hands the values to
 * the run's {@link MetricSink}, reading each brand's books as {@link SettleStep} closed them.
 * Observation only reads the model, so recording more or less often gives the same trajectories.
 */
final class ObservationStep implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Consumers in a chunk of the tribe's ties to count: enough that taking one costs little. */
    private static final int TIE_CHUNK = 16384;

    @Override
    public void step(SimState state) {
        MarketModel m = (MarketModel) state;
        int tick = m.tick();
        if (m.recordTick[tick]) {
            observe(m, tick);
        }
    }

    /** Measures every metric of every brand and reports it. */
    static void observe(MarketModel m, int tick) {
        Consumers c = m.consumers;
        int k = m.brandCount;
        long[][] stages = new long[k][Stage.values().length];
        double[] trustSum = new double[k];
        long[] promoters = new long[k];
        long[] detractors = new long[k];
        long[] surveyed = new long[k];
        Nps nps = new Nps(m.mech.recommendation());
        long[] followers = new long[k];
        long[] engagedFollowers = new long[k];
        double[] margin = new double[k];
        // The tallies add doubles, so they run in the consumers' order on the run's own thread; the
        // tribe's ties, counted in integers, are counted meanwhile by the other workers. One brand
        // at a time, its sums held in locals rather than in arrays, so that one consumer's additions
        // need not wait on the last one's stores; each brand's sums still run in the consumers' order.
        Runnable tally = () -> {
            for (int b = 0; b < k; b++) {
                long[] count = stages[b];
                double trusts = 0;
                double margins = 0;
                long promoting = 0;
                long detracting = 0;
                long asked = 0;
                long following = 0;
                long engaged = 0;
                for (int p = b; p < c.stage.length; p += k) {
                    byte st = c.stage[p];
                    count[st]++;
                    if (st != Stage.UNAWARE_CODE) {
                        double t = c.trust(p);
                        trusts += t;
                        if (Nps.surveyed(st)) {
                            asked++;
                            int likelihood = nps.likelihood(t, st);
                            if (Nps.detractor(likelihood)) {
                                detracting++;
                            } else if (Nps.promoter(likelihood)) {
                                promoting++;
                            }
                        }
                    }
                    boolean tribe = st == Stage.MEMBER_CODE || st == Stage.ADVOCATE_CODE;
                    if (tribe || (c.flags[p] & Consumers.FOLLOWER) != 0) {
                        following++;
                        if (tribe) {
                            engaged++;
                        }
                    }
                    margins += c.discountedMargin[p];
                }
                trustSum[b] = trusts;
                margin[b] = margins;
                promoters[b] = promoting;
                detractors[b] = detracting;
                surveyed[b] = asked;
                followers[b] = following;
                engagedFollowers[b] = engaged;
            }
        };
        double[] cohesion = cohesionWhile(m, tally);
        long allActive = 0;
        for (int b = 0; b < k; b++) {
            allActive += stages[b][Stage.CUSTOMER_CODE] + stages[b][Stage.MEMBER_CODE] + stages[b][Stage.ADVOCATE_CODE];
        }
        double[] values = new double[Metric.values().length];
        for (int b = 0; b < k; b++) {
            BrandState brand = m.brands[b];
            long[] s = stages[b];
            // Counts are people: each agent stands for market.size / population.size of them.
            AgentUnits units = m.units;
            for (Stage stage : Stage.values()) {
                values[Metric.countOf(stage).ordinal()] = units.people(s[stage.ordinal()]);
            }
            long aware = c.size - s[Stage.UNAWARE_CODE];
            long active = s[Stage.CUSTOMER_CODE] + s[Stage.MEMBER_CODE] + s[Stage.ADVOCATE_CODE];
            values[Metric.AWARENESS.ordinal()] = (double) aware / c.size;
            values[Metric.TRUST.ordinal()] = aware == 0 ? 0.5 : trustSum[b] / aware;
            values[Metric.NPS.ordinal()] = Nps.of(promoters[b], detractors[b], surveyed[b]);
            Ledger books = brand.ledger;
            Ledger.Interval interval = books.closed;
            values[Metric.REVENUE.ordinal()] = interval.revenue / 100.0;
            values[Metric.COGS.ordinal()] = interval.cogs / 100.0;
            values[Metric.PURCHASES.ordinal()] = units.people(interval.purchases);
            values[Metric.LEVER_COST.ordinal()] = interval.leverCost / 100.0;
            for (Lever lever : Lever.values()) {
                values[Metric.costOf(lever).ordinal()] = interval.leverCostBy[lever.ordinal()] / 100.0;
            }
            values[Metric.RESPONSE_COST.ordinal()] = interval.responseCost / 100.0;
            values[Metric.DISCOUNT_COST.ordinal()] = interval.discountCost / 100.0;
            values[Metric.PROFIT.ordinal()] = (interval.revenue - interval.cogs - interval.leverCost) / 100.0;
            values[Metric.CUMULATIVE_PROFIT.ordinal()] = books.cumulativeProfit / 100.0;
            values[Metric.DISCOUNTED_PROFIT.ordinal()] = books.discountedProfit / 100.0;
            values[Metric.CUMULATIVE_SPEND.ordinal()] = books.cumulativeSpend / 100.0;
            values[Metric.PROFIT_PER_SPEND.ordinal()] = books.cumulativeSpend == 0 ? 0 : (double) books.cumulativeProfit / books.cumulativeSpend;
            for (Channel ch : Channel.values()) {
                values[Metric.acquiredBy(ch).ordinal()] = units.people(interval.acquired[ch.ordinal()]);
            }
            values[Metric.REFERRAL_SHARE.ordinal()] = books.cumulativeAcquired == 0 ? 0
                    : (double) books.cumulativeReferred / books.cumulativeAcquired;
            values[Metric.VIRAL_COEFFICIENT.ordinal()] = interval.activeWeeks == 0 ? 0
                    : interval.referred / interval.activeWeeks;
            values[Metric.REFERRAL_DEPTH.ordinal()] = books.maxReferralDepth;
            values[Metric.FOLLOWERS.ordinal()] = units.people(followers[b]);
            values[Metric.ENGAGED_RATIO.ordinal()] = followers[b] == 0 ? 0 : (double) engagedFollowers[b] / followers[b];
            values[Metric.TRIBE_COHESION.ordinal()] = cohesion[b];
            values[Metric.MARKET_SHARE.ordinal()] = allActive == 0 ? 0 : (double) active / allActive;
            // An agent's margin is its people's margin: per person, divide by how many it stands for.
            values[Metric.CLV.ordinal()] = books.everAcquired == 0 ? 0 : margin[b] / books.everAcquired / units.peoplePerAgent();
            PlanRecord plan = brand.planRecord;
            values[Metric.PLAN_CARRIED_OUT.ordinal()] = plan.carriedOut();
            values[Metric.BUDGET_USED_UP_WEEK.ordinal()] = plan.usedUpWeek(m.dt);
            values[Metric.DISCOUNT_WEEKS_MISSED.ordinal()] = plan.missedDiscountWeeks(m.dt);
            values[Metric.DISCOUNT_WINDOWS_MISSED.ordinal()] = plan.missedWindows();
            m.sink.record(tick, tick * m.dt, b, values);
        }
    }

    /**
     * Runs {@code alongside} on the run's own thread while the other workers count the tribe's ties,
     * the run's own thread helping once it is done (with one worker, it does both), and returns per
     * brand the share of tribe members' ties that lead to other members or advocates of the same brand.
     */
    private static double[] cohesionWhile(MarketModel m, Runnable alongside) {
        Consumers c = m.consumers;
        Network net = m.network;
        int k = m.brandCount;
        double[] out = new double[k];
        if (net.isComplete()) {
            alongside.run();
            long[] tribe = new long[k];
            for (int p = 0; p < c.stage.length; p++) {
                if (c.stage[p] == Stage.MEMBER_CODE || c.stage[p] == Stage.ADVOCATE_CODE) {
                    tribe[p % k]++;
                }
            }
            for (int b = 0; b < k; b++) {
                out[b] = tribe[b] < 2 ? 0 : (tribe[b] - 1.0) / Math.max(1, c.size - 1);
            }
            return out;
        }
        int workers = m.listening.workers();
        // Per worker and brand: ties inside the tribe, and all the tribe's ties. They are integers,
        // so the consumers are shared out in chunks as the workers come free, the run's own thread
        // joining once its tallies are done, in any order with the same counts.
        long[][] inside = new long[workers][k];
        long[][] all = new long[workers][k];
        AtomicInteger next = new AtomicInteger();
        int chunks = (c.size + TIE_CHUNK - 1) / TIE_CHUNK;
        m.listening.onEveryWorker(w -> {
            if (w == 0) {
                alongside.run();
            }
            for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                int from = chunk * TIE_CHUNK;
                countTribeTies(m, from, Math.min(c.size, from + TIE_CHUNK), inside[w], all[w]);
            }
        });
        for (int b = 0; b < k; b++) {
            long in = 0;
            long ties = 0;
            for (int w = 0; w < workers; w++) {
                in += inside[w][b];
                ties += all[w][b];
            }
            out[b] = ties == 0 ? 0 : (double) in / ties;
        }
        return out;
    }

    /**
     * Adds the ties of consumers {@code from} to {@code to} in each brand's tribe (base and added), and
     * those leading inside it, to {@code all} and {@code inside}.
     */
    private static void countTribeTies(MarketModel m, int from, int to, long[] inside, long[] all) {
        Consumers c = m.consumers;
        Network net = m.network;
        int k = m.brandCount;
        for (int b = 0; b < k; b++) {
            long in = 0;
            long ties = 0;
            for (int i = from; i < to; i++) {
                if (!inTribe(c.stage[i * k + b])) {
                    continue;
                }
                int end = net.tiesFrom(i + 1);
                for (int e = net.tiesFrom(i); e < end; e++) {
                    in += inTribe(c.stage[net.tieContact(e) * k + b]) ? 1 : 0;
                }
                int added = net.addedCount(i);
                for (int n = 0; n < added; n++) {
                    in += inTribe(c.stage[net.addedContact(i, n) * k + b]) ? 1 : 0;
                }
                ties += end - net.tiesFrom(i) + added;
            }
            inside[b] += in;
            all[b] += ties;
        }
    }

    /** Whether stage st is the tribe's: a member or an advocate. */
    private static boolean inTribe(byte st) {
        return st == Stage.MEMBER_CODE || st == Stage.ADVOCATE_CODE;
    }
}
