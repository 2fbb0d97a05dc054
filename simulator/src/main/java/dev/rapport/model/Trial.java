package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Process 5b, trial: a consumer who buys no brand tries one, the brands' hazards racing each other
 * and "none". Trial hazard for an aware or lapsed consumer and brand b, with U the attractiveness
 * exp(w_trust·(trust − ½) + w_fit·(fit − ½)) and W_b the share of the consumer's people whose
 * willingness to pay covers the price paid now (see {@link PriceResponse}):
 * λ_b = U · W_b · (p_ad·E_b·s_ad + q·(positive voice heard) + proof·s_social·F_b + organic), times
 * the win-back factor for lapsed consumers; a discount raises W_b, and that rise is the discount's
 * channel. With trust, fit, price, social proof and organic trial off and fraction mode on a
 * complete network this is Bass's p + q·F.
 * Each brand's hazard runs from the moment it became a candidate ({@link ConsumerTick#since}),
 * and the channel credited is drawn in proportion to the hazard's parts.
 */
final class Trial {
    /** Key of the stream a consumer lapsing mid-tick draws its win-back trial from. */
    private static final long WIN_BACK_STREAM = 0x5EED_0B4CL;
    /** What {@link #trial} returns for an adoption it held back ({@link ConsumerTick#outOfOrder}). */
    static final int HELD = -2;

    private final MarketModel m;
    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final double dt;
    private final Mechanisms.Awareness awareness;
    private final Mechanisms.Advertising advertising;
    private final Mechanisms.Price price;
    private final Mechanisms.AdvocateProgramme programme;
    private final Mechanisms.WordOfMouth wom;
    private final Mechanisms.SocialProof proof;
    private final Mechanisms.Trust trust;
    private final Mechanisms.ValueFit valueFit;
    private final Mechanisms.Churn churn;
    private final double organicRate;
    private final Evidence evidence;
    private final Acquisition acquisition;
    private final ConsumerTick t;

    // Per brand: the trial hazard, its part open now, and its parts by channel.
    private final double[] rate;
    /** Per brand: the part of the hazard that attractiveness scales (see {@link #reach}). */
    private final double[] reach;
    /** The most attractiveness can multiply a hazard by ({@link #mostAttraction(Mechanisms.Trust, Mechanisms.ValueFit)}). */
    private final double mostAttraction;
    private final double[] eligible;
    private final double[][] parts;
    /** Per brand: of word of mouth's part, the share that is talk heard (the rest is social proof, seen). */
    private final double[] toldShare;
    /** Weeks of the tick left after the adoption {@link #trial} just made. */
    private double restOfTick;
    /**
     * Per pair: the share of the consumer's people who would pay the brand's list price, which is
     * fixed for the run; kept rather than recomputed (a log and an exponential) for every trial
     * candidate every tick.
     */
    private final double[] atListShare;

    /**
     * Trial for the consumer at hand in {@code t}; {@code atListShare} is {@link #atListShares}'s,
     * shared by every thread's trial.
     */
    Trial(MarketModel m, ConsumerTick t, Evidence evidence, Acquisition acquisition, double[] atListShare) {
        this.m = m;
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.dt = m.dt;
        Mechanisms mech = m.mech;
        this.awareness = mech.awareness();
        this.advertising = mech.advertising();
        this.price = mech.price();
        this.programme = mech.advocateProgramme();
        this.wom = mech.wordOfMouth();
        this.proof = mech.socialProof();
        this.trust = mech.trust();
        this.valueFit = mech.valueFit();
        this.churn = mech.churn();
        this.organicRate = m.scenario.market().organicTrialRate();
        this.evidence = evidence;
        this.acquisition = acquisition;
        this.t = t;
        rate = new double[k];
        reach = new double[k];
        mostAttraction = mostAttraction(trust, valueFit);
        eligible = new double[k];
        parts = new double[k][Channel.values().length];
        toldShare = new double[k];
        this.atListShare = atListShare;
    }

    /** Per pair, the share of the consumer's people who would pay the brand's list price (see {@link #atListShare}). */
    static double[] atListShares(MarketModel m) {
        Consumers c = m.consumers;
        int k = m.brandCount;
        double[] share = new double[c.stage.length];
        for (int p = 0; p < share.length; p++) {
            int i = p / k;
            share[p] = PriceResponse.trialShare(m.mech.price(), m.brands[p % k].price, c.willingnessToPay[i],
                    c.priceSensitivity[i]);
        }
        return share;
    }

    /**
     * The most attractiveness, exp(w_trust·(trust − ½) + w_fit·(fit − ½)), can be with trust and fit
     * in [0, 1], raised by a billionth so that no rounding puts an attractiveness above it.
     */
    static double mostAttraction(Mechanisms.Trust trust, Mechanisms.ValueFit valueFit) {
        return Math.exp((trust.enabled() ? trust.weight() / 2 : 0) + (valueFit.enabled() ? valueFit.weight() / 2 : 0))
                * (1 + 1e-9);
    }

    /** Bytes per consumer and brand that trial keeps for the run. */
    static long bytesPerPair() {
        return 8;
    }

    /** Weeks of the tick left after the adoption the last {@link #trial} made. */
    double restOfTick() {
        return restOfTick;
    }

    /**
     * Trial among brands as competing hazards; returns the brand adopted, or -1, or {@link #HELD}
     * for an adoption held back.
     */
    int trial(int i) {
        double u = t.rng.nextDouble();
        // Most candidates adopt nothing in a short tick: when even the whole tick's summed hazard
        // falls short of the Exp(1) amount, no brand wins the race, and neither the logarithm nor
        // the draws of brand and channel are needed (they are passed over, not made). The hazards
        // at the most attractive a brand can be bound it, which spares their exponentials too;
        // reached by the most the consumer can have heard, they spare listening as well.
        if (t.bounding()) {
            // Not heard yet: first at the most it can have heard (one bound for every brand).
            // Then at the attraction each brand has for the consumer: it spares most of the
            // listening trial would ask for.
            if (outlastsMost(i, u, t.mostAdvocateVoice(0), t.mostRestVoice(0), t.mostProof(0)) || outlastsAttracted(i, u)) {
                t.rng.skip(2);
                return -1;
            }
        }
        double most = 0;
        for (int b = 0; b < k; b++) {
            LeverEffects levers = brands[b].levers;
            reach[b] = reach(i, b, levers.adEffect, levers.programmeCoverage, t.heardAdvocate(b),
                    t.heardPositive(b) - t.heardAdvocate(b), t.proofShare(b), true);
            most += reach[b] * winback(i, b);
        }
        if (most <= 0 || StreamRandom.waitOutlasts(u, most * mostAttraction, dt, dt)) {
            t.rng.skip(2);
            return -1;
        }
        double total = 0;
        for (int b = 0; b < k; b++) {
            rate[b] = hazard(i, b, reach[b]);
            total += rate[b];
        }
        if (total <= 0 || StreamRandom.waitOutlasts(u, total, dt, dt)) {
            t.rng.skip(2);
            return -1;
        }
        double pick = t.rng.nextDouble();
        double channelPick = t.rng.nextDouble();
        // The race of the brands' hazards, each from the moment its brand became a candidate:
        // adoption when the summed hazard reaches an Exp(1) amount, −ln(1 − u).
        double left = -Math.log1p(-u);
        double now = 0;
        double at = Double.NaN;
        double eligibleTotal = 0;
        while (now < dt) {
            eligibleTotal = 0;
            double nextStart = dt;
            for (int b = 0; b < k; b++) {
                if (t.since[b] <= now) {
                    eligible[b] = rate[b];
                    eligibleTotal += rate[b];
                } else {
                    eligible[b] = 0;
                    nextStart = Math.min(nextStart, t.since[b]);
                }
            }
            if (eligibleTotal > 0 && eligibleTotal * (nextStart - now) >= left) {
                at = now + left / eligibleTotal;
                break;
            }
            left -= eligibleTotal * (nextStart - now);
            now = nextStart;
        }
        if (Double.isNaN(at)) {
            return -1;
        }
        if (t.outOfOrder) {
            return HELD;
        }
        int chosen = choose(eligible, eligibleTotal, pick);
        double[] part = parts[chosen];
        double partSum = 0;
        for (double x : part) {
            partSum += x;
        }
        int channel = choose(part, partSum, channelPick);
        // Within word of mouth, the same draw says whether it was talk heard or friends seen buying.
        boolean told = channel == Channel.REFERRAL.ordinal() || (channel == Channel.WORD_OF_MOUTH.ordinal()
                && wordOfMouthDraw(part, partSum, channelPick) < toldShare[chosen]);
        acquisition.acquire(i, chosen, Channel.values()[channel], told);
        c.movedAt[i * k + chosen] = (float) at;
        restOfTick = dt - at;
        return chosen;
    }

    /**
     * Whether draw {@code u} tries no brand even at the most consumer i can have heard: every brand
     * at its most attractive, the share of contacts who buy at {@code mostShare}, and a pair of
     * bounds on the positive voice heard ({@link ConsumerTick#mostAdvocateVoice}): at most
     * {@code mostAdvocate} from advocates, whose voice persuades at least as much as the rest, and at
     * most {@code mostAdvocate + mostRest} in all. Leaves each brand's reach at those bounds in {@link #reach}.
     */
    boolean outlastsMost(int i, double u, double mostAdvocate, double mostRest, double mostShare) {
        double most = 0;
        for (int b = 0; b < k; b++) {
            LeverEffects levers = brands[b].levers;
            reach[b] = reach(i, b, levers.adEffect, levers.programmeCoverage, mostAdvocate, mostRest, mostShare, false);
            most += reach[b] * winback(i, b);
        }
        return outlasts(most, u);
    }

    /**
     * After {@link #outlastsMost} said no, whether draw {@code u} tries no brand at the reach it left
     * in {@link #reach} and the attraction each brand has for consumer i (its exponential, from trust
     * and fit, which need no listening): every step of the hazard grows with what was heard, so this
     * sum is at least the exact one {@link #trial} takes after listening (a billionth more covers the
     * parts' sums rounding in another order), and a draw past it is past that too.
     */
    boolean outlastsAttracted(int i, double u) {
        double atMost = 0;
        for (int b = 0; b < k; b++) {
            atMost += hazard(i, b, reach[b]);
        }
        return StreamRandom.waitOutlasts(u, atMost * (1 + 1e-9), dt, dt);
    }

    /**
     * In a single-brand market, the hazard {@link #outlastsAttracted} tests (a billionth included) were
     * the ads' effect {@code adEffect} and the advocate programme's coverage {@code coverage} (no
     * discount running), at {@link #outlastsMost}'s bounds on what was heard: never less at more, as
     * every step of the reach grows with each, the consumer's own attraction and the billionth
     * multiply it, and rounding keeps that order. The bound a passer-by keeps ({@link Lulls}).
     */
    double mostAttracted(int i, double mostAdvocate, double mostRest, double mostShare, double adEffect, double coverage) {
        // Summed from 0 as outlastsAttracted sums it.
        return (0 + hazard(i, 0, reach(i, 0, adEffect, coverage, mostAdvocate, mostRest, mostShare, false))) * (1 + 1e-9);
    }

    /** Whether draw u brings no trial within the tick at a summed hazard of at most {@code attracted} ({@link #outlastsAttracted}'s test). */
    boolean outlastsAttracted(double attracted, double u) {
        return StreamRandom.waitOutlasts(u, attracted, dt, dt);
    }

    /** Whether draw u brings no trial within the tick at summed reach {@code most} ({@link #outlastsMost}'s test). */
    private boolean outlasts(double most, double u) {
        return most <= 0 || StreamRandom.waitOutlasts(u, most * mostAttraction, dt, dt);
    }

    /**
     * The trial hazard per week of consumer i for brand b, given its {@link #reach}: times the
     * brand's attractiveness to it, and the win-back factor for a lapsed consumer.
     */
    private double hazard(int i, int b, double reach) {
        if (reach == 0) {
            return 0;
        }
        int p = i * k + b;
        double attraction = 0;
        if (trust.enabled()) {
            attraction += trust.weight() * (evidence.trustOf(p) - 0.5);
        }
        if (valueFit.enabled()) {
            attraction += valueFit.weight() * (c.fit[p] - 0.5);
        }
        double lambda = Math.exp(attraction) * reach;
        if (c.stage[p] == Stage.LAPSED_CODE) {
            lambda *= churn.winbackFactor();
        }
        return lambda;
    }

    /** The win-back factor of a lapsed pair (i, b), 1 for any other. */
    private double winback(int i, int b) {
        return c.stage[i * k + b] == Stage.LAPSED_CODE ? churn.winbackFactor() : 1;
    }

    /**
     * The part of consumer i's trial hazard for brand b that attractiveness scales (0 unless it is
     * a candidate: aware, lapsed, or unaware with awareness off, and in the market): the channels'
     * rates times the share who would pay the price, its parts by channel left in {@code parts[b]}
     * when {@code keepParts} (a bound needs only the sum). What it heard comes in as the advocates'
     * positive voice, the rest of the positive voice and the share of contacts who buy; every rate
     * grows with each, so at bounds on them it is a bound.
     */
    private double reach(int i, int b, double adEffect, double coverage, double advocateHeard, double otherHeard,
                         double proofShare, boolean keepParts) {
        int p = i * k + b;
        if (!candidate(p)) {
            return 0;
        }
        BrandState brand = brands[b];
        double advertised = advertising.persuasionRate() * adEffect * c.adSensitivity[i];
        double advocateVoice = advocateHeard * (programme.enabled()
                ? 1 + programme.referralBoost() * coverage : 1);
        double referral = wom.enabled() ? wom.trialRate() * advocateVoice : 0;
        double wordOfMouth = wom.enabled() ? wom.trialRate() * otherHeard : 0;
        double social = proof.enabled() ? proof.rate() * c.socialSensitivity[i] * proofShare : 0;
        // Summed in the channels' order, as the parts are drawn from.
        double sum = advertised;
        sum += 0; // the discount's part, below
        sum += referral;
        sum += wordOfMouth + social;
        sum += organicRate;
        // Price: the share of the consumer's people who would pay it. What a discount adds to that
        // share is the discount's part of the hazard (its channel).
        double atList = atListShare[p];
        double now = brand.levers.discountDepth > 0
                ? PriceResponse.trialShare(price, brand.effectivePrice(), c.willingnessToPay[i], c.priceSensitivity[i])
                : atList;
        if (keepParts) {
            double[] part = parts[b];
            part[Channel.ADVERTISING.ordinal()] = advertised;
            part[Channel.DISCOUNT.ordinal()] = 0;
            part[Channel.REFERRAL.ordinal()] = referral;
            part[Channel.WORD_OF_MOUTH.ordinal()] = wordOfMouth + social;
            part[Channel.ORGANIC.ordinal()] = organicRate;
            toldShare[b] = wordOfMouth + social > 0 ? wordOfMouth / (wordOfMouth + social) : 0;
            if (now > atList) {
                double keep = atList / now;
                for (int ch = 0; ch < part.length; ch++) {
                    part[ch] *= keep;
                }
                part[Channel.DISCOUNT.ordinal()] = sum * (1 - keep);
            }
        }
        return sum * now;
    }

    /** Whether pair p may try its brand: aware, lapsed, or unaware with awareness off, and in the market. */
    private boolean candidate(int p) {
        byte st = c.stage[p];
        return (st == Stage.AWARE_CODE || st == Stage.LAPSED_CODE || (st == Stage.UNAWARE_CODE && !awareness.enabled()))
                && (c.flags[p] & Consumers.OUT_OF_MARKET) == 0;
    }

    /**
     * Where a channel draw u that fell in word of mouth's part lies within that part, in [0, 1):
     * reusing the draw keeps the stream of random numbers as it was.
     */
    private static double wordOfMouthDraw(double[] part, double total, double u) {
        double before = 0;
        for (int ch = 0; ch < Channel.WORD_OF_MOUTH.ordinal(); ch++) {
            before += part[ch];
        }
        double width = part[Channel.WORD_OF_MOUTH.ordinal()];
        return width <= 0 ? 0 : Math.min(Math.max((u * total - before) / width, 0), Math.nextDown(1.0));
    }

    private static int choose(double[] weights, double total, double u) {
        double target = u * total;
        double acc = 0;
        int last = 0;
        for (int j = 0; j < weights.length; j++) {
            if (weights[j] > 0) {
                last = j;
                acc += weights[j];
                if (target < acc) {
                    return j;
                }
            }
        }
        return last;
    }

    /**
     * Trial for the rest of the tick of a customer who lapsed (or turned detractor) at week
     * {@code lapsedAt} of it: from then on it is a candidate like any lapsed consumer, for
     * every brand it knew of at the tick's start. Without it a lapse would keep a consumer
     * from being won back until the next tick, half a tick longer on average, and weekly
     * ticks would hold more consumers lapsed than daily ones. Draws from a stream of its own.
     */
    int winBack(int i, double lapsedAt, int round) {
        for (int b = 0; b < k; b++) {
            t.since[b] = c.stageAtTickStart[i * k + b] == Stage.UNAWARE_CODE && awareness.enabled()
                    ? Double.POSITIVE_INFINITY : lapsedAt;
        }
        t.rng.reset(m.dynamicsKey ^ (WIN_BACK_STREAM + round), t.tick, i);
        return trial(i);
    }
}
