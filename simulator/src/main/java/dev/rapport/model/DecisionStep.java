package dev.rapport.model;

import dev.rapport.model.network.Network;
import dev.rapport.scenario.Mechanisms;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Processes 3 to 5 of a tick for every consumer: listening to contacts (word of mouth, social
 * proof, rival tribes), trust's forgetting and the evidence of negative talk and shouting, then
 * the decisions (awareness, trial as competing hazards among brands and "none", purchases and
 * their experiences, criticism and the brand's response, value delivered, joining the tribe,
 * advocacy, churn, detraction and recovery).
 *
 * <p>Trial hazard for an aware or lapsed consumer and brand b, with U the attractiveness
 * exp(w_trust·(trust − ½) + w_fit·(fit − ½)):
 * λ_b = U · (p_ad·E_b·s_ad + lift·depth_b·s_price + q·(positive voice heard) + proof·s_social·F_b
 * + organic), times the win-back factor for lapsed consumers. With trust, fit, discounts, social
 * proof and organic trial off and fraction mode on a complete network this is Bass's p + q·F.
 *
 * <p>Within the tick a consumer's own process runs in continuous time (events at exponential times,
 * rates recomputed after each), holding what it hears and the brands' offers at their
 * start-of-tick values; see {@code active}, {@code awaken}, {@code trial} and {@code winBack} (a
 * customer who lapses mid-tick may be won back in the rest of it). Every consumer draws
 * from its own stream for the tick (see {@link StreamRandom}), so that one consumer's events never
 * shift another's draws and common random numbers line up across strategies.
 */
final class DecisionStep implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Key of the stream a consumer adopting mid-tick draws the rest of its tick from. */
    private static final long REST_STREAM = 0x5EED_00A5L;
    /** Key of the stream a consumer lapsing mid-tick draws its win-back trial from. */
    private static final long WIN_BACK_STREAM = 0x5EED_0B4CL;
    /** Most rounds of adopting and lapsing a consumer lives within one tick. */
    private static final int MOST_ROUNDS = 4;
    /** Most stage moves an active pair makes within one tick (joins and step-backs chain). */
    private static final int MOST_MOVES = 4;

    private final MarketModel m;
    private final int k;
    private final double dt;
    private final StreamRandom rng = new StreamRandom();

    private final Mechanisms.Awareness awareness;
    private final Mechanisms.Advertising advertising;
    private final Mechanisms.Discount discount;
    private final Mechanisms.Price price;
    private final Mechanisms.ValueDelivery delivery;
    private final Mechanisms.Community community;
    private final Mechanisms.AdvocateProgramme programme;
    private final Mechanisms.Listening listening;
    private final Mechanisms.WordOfMouth wom;
    private final Mechanisms.SocialProof proof;
    private final Mechanisms.Trust trust;
    private final Mechanisms.ValueFit valueFit;
    private final Mechanisms.Reciprocity reciprocity;
    private final Mechanisms.Membership membership;
    private final Mechanisms.Churn churn;
    private final Mechanisms.Detraction detraction;
    private final Mechanisms.Experience experience;
    private final boolean fraction;
    private final boolean retentionFirst;
    private final double strongWeight;
    private final double halfDecay;
    private final double referenceStep;
    /** Goodwill left after half a tick. */
    private final double halfGoodwill;
    private final double discountRate;

    // Per-consumer scratch, one slot per brand.
    private final double[] heardPositive;
    private final double[] heardAdvocate;
    private final double[] heardNegative;
    private final double[] proofShare;
    private final double[] tribeShare;
    private final double[] rate;
    /**
     * When in the tick each brand became a trial candidate for the consumer at hand: 0 from the
     * start, the time it heard of the brand, or +∞ if it still has not (awareness already drawn).
     */
    private final double[] since;
    private final double[] eligible;
    private final double[][] parts;

    DecisionStep(MarketModel model) {
        this.m = model;
        this.k = model.brandCount;
        this.dt = model.dt;
        Mechanisms mech = model.mech;
        awareness = mech.awareness();
        advertising = mech.advertising();
        discount = mech.discount();
        price = mech.price();
        delivery = mech.valueDelivery();
        community = mech.community();
        programme = mech.advocateProgramme();
        listening = mech.listening();
        wom = mech.wordOfMouth();
        proof = mech.socialProof();
        trust = mech.trust();
        valueFit = mech.valueFit();
        reciprocity = mech.reciprocity();
        membership = mech.membership();
        churn = mech.churn();
        detraction = mech.detraction();
        experience = mech.experience();
        fraction = wom.mode() == Mechanisms.WordOfMouth.Mode.FRACTION;
        retentionFirst = churn.timing() == Mechanisms.Churn.Timing.BEFORE_PURCHASES;
        strongWeight = wom.strongTieWeight();
        halfDecay = Math.exp(-trust.forgettingRate() * dt / 2);
        referenceStep = -Math.expm1(-price.referenceLearningRate() * dt);
        halfGoodwill = Goodwill.remaining(reciprocity, dt / 2);
        discountRate = model.scenario.market().discountRatePerWeek();
        heardPositive = new double[k];
        heardAdvocate = new double[k];
        heardNegative = new double[k];
        proofShare = new double[k];
        tribeShare = new double[k];
        rate = new double[k];
        since = new double[k];
        eligible = new double[k];
        parts = new double[k][Channel.values().length];
    }

    @Override
    public void step(SimState state) {
        new Pass(m).run();
    }

    /** One tick's pass over the consumers, holding the model's current arrays in final fields. */
    private final class Pass {
        private final Consumers c;
        private final Network net;
        private final Voices v;
        private final BrandState[] brands;
        private final int tick;
        private final double week;
        /** Weeks of the tick left after the adoption {@link #trial} just made. */
        private double restOfTick;

        Pass(MarketModel model) {
            this.c = model.consumers;
            this.net = model.network;
            this.v = model.voices;
            this.brands = model.brands;
            this.tick = model.tick();
            this.week = model.week();
        }

        void run() {
            for (int i = 0; i < m.size; i++) {
                listen(i);
                // A lapsed contact's catch-up is negative (see ConversationStep); never below none.
                for (int b = 0; b < k; b++) {
                    heardPositive[b] = Math.max(0, heardPositive[b]);
                    heardAdvocate[b] = Math.max(0, heardAdvocate[b]);
                    heardNegative[b] = Math.max(0, heardNegative[b]);
                    proofShare[b] = Math.max(0, proofShare[b]);
                    tribeShare[b] = Math.max(0, tribeShare[b]);
                }
                // Half the tick's forgetting and talk-borne evidence before the decisions and half
                // after, so that decisions see trust at mid-tick (the midpoint rule): with the
                // whole tick's evidence first, a coarse tick would judge every decision by the
                // trust at the tick's end, and weekly and daily ticks would disagree.
                evidence(i);
                rng.reset(m.dynamicsKey, tick, i);
                int active = c.activeBrand(i);
                int acquired = -1;
                java.util.Arrays.fill(since, 0);
                double lapsedAt = dt;
                if (active >= 0) {
                    lapsedAt = active(i, active, dt);
                } else {
                    awaken(i);
                    acquired = trial(i);
                }
                for (int b = 0; b < k; b++) {
                    if (b != active && b != acquired && since[b] == 0) {
                        passive(i, b);
                    }
                }
                // Adopting and lapsing chain within the tick: a new customer lives the rest of the
                // tick as one (purchases, value, moves), and a customer who lapses may be won back
                // in what is left. Each round draws from streams of its own, so that the draws
                // above line up across strategies whatever happens after them.
                for (int round = 0; round < MOST_ROUNDS; round++) {
                    if (acquired < 0 && lapsedAt < dt) {
                        acquired = winBack(i, lapsedAt, round);
                    }
                    if (acquired < 0) {
                        break;
                    }
                    rng.reset(m.dynamicsKey ^ (REST_STREAM + round), tick, i);
                    lapsedAt = active(i, acquired, restOfTick);
                    acquired = -1;
                }
                evidence(i);
            }
        }

        /**
         * Trial for the rest of the tick of a customer who lapsed (or turned detractor) at week
         * {@code lapsedAt} of it: from then on it is a candidate like any lapsed consumer, for
         * every brand it knew of at the tick's start. Without it a lapse would keep a consumer
         * from being won back until the next tick, half a tick longer on average, and weekly
         * ticks would hold more consumers lapsed than daily ones. Draws from a stream of its own.
         */
        private int winBack(int i, double lapsedAt, int round) {
            for (int b = 0; b < k; b++) {
                since[b] = c.stageAtTickStart[i * k + b] == Stage.UNAWARE_CODE && awareness.enabled()
                        ? Double.POSITIVE_INFINITY : lapsedAt;
            }
            rng.reset(m.dynamicsKey ^ (WIN_BACK_STREAM + round), tick, i);
            return trial(i);
        }

        /** What consumer i hears this tick about each brand, from the start-of-tick state. */
        private void listen(int i) {
            java.util.Arrays.fill(heardPositive, 0);
            java.util.Arrays.fill(heardAdvocate, 0);
            java.util.Arrays.fill(heardNegative, 0);
            java.util.Arrays.fill(proofShare, 0);
            java.util.Arrays.fill(tribeShare, 0);
            if (net.isComplete()) {
                double others = Math.max(1, m.size - 1);
                for (int b = 0; b < k; b++) {
                    int p = i * k + b;
                    int at = Voices.STRIDE * p;
                    byte st = c.stageAtTickStart[p];
                    double ownPositive = v.talk[at + Voices.POSITIVE];
                    double pos = v.totalPositive[b] - ownPositive;
                    double adv = v.totalAdvocate[b] - (st == Stage.ADVOCATE_CODE ? ownPositive : 0);
                    double neg = v.totalNegative[b] - v.talk[at + Voices.NEGATIVE];
                    double scale = fraction ? 1 / others : 1;
                    heardPositive[b] = pos * scale;
                    heardAdvocate[b] = adv * scale;
                    heardNegative[b] = neg * scale;
                    proofShare[b] = (v.customerTotal[b] - v.talk[at + Voices.CUSTOMER]) / others;
                    tribeShare[b] = (v.tribeTotal[b] - v.talk[at + Voices.TRIBE]) / others;
                }
                return;
            }
            if (k == 1) {
                listenOneBrand(i);
                return;
            }
            int[] offsets = net.offsets();
            int[] targets = net.targets();
            byte[] strong = net.strong();
            double weights = 0;
            int degree = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                double w = strong[e] != 0 ? strongWeight : 1;
                hear(targets[e], w);
                weights += w;
                degree++;
            }
            int extra = net.extraCount(i);
            if (extra > 0) {
                int[] ex = net.extraContacts(i);
                for (int e = 0; e < extra; e++) {
                    hear(ex[e], strongWeight);
                    weights += strongWeight;
                    degree++;
                }
            }
            normalise(weights, degree);
        }

        private void normalise(double weights, int degree) {
            if (degree == 0) {
                return;
            }
            double scale = fraction ? 1 / weights : 1;
            for (int b = 0; b < k; b++) {
                heardPositive[b] *= scale;
                heardAdvocate[b] *= scale;
                heardNegative[b] *= scale;
                proofShare[b] /= degree;
                tribeShare[b] /= degree;
            }
        }

        /**
         * The hot loop for the common single-brand market: sums in locals, one pass over the
         * contact list reading each contact's interleaved record and start-of-tick stage.
         */
        private void listenOneBrand(int i) {
            int[] offsets = net.offsets();
            int[] targets = net.targets();
            byte[] strong = net.strong();
            float[] talk = v.talk;
            byte[] stages = c.stageAtTickStart;
            double pos = 0;
            double adv = 0;
            double neg = 0;
            double weights = 0;
            double customers = 0;
            double tribe = 0;
            int end = offsets[i + 1];
            for (int e = offsets[i]; e < end; e++) {
                int j = targets[e];
                double w = strong[e] != 0 ? strongWeight : 1;
                int at = Voices.STRIDE * j;
                double said = w * talk[at + Voices.POSITIVE];
                pos += said;
                neg += w * talk[at + Voices.NEGATIVE];
                customers += talk[at + Voices.CUSTOMER];
                tribe += talk[at + Voices.TRIBE];
                weights += w;
                if (stages[j] == Stage.ADVOCATE_CODE) {
                    adv += said;
                }
            }
            int degree = end - offsets[i];
            int extra = net.extraCount(i);
            if (extra > 0) {
                int[] ex = net.extraContacts(i);
                for (int e = 0; e < extra; e++) {
                    int j = ex[e];
                    int at = Voices.STRIDE * j;
                    double said = strongWeight * talk[at + Voices.POSITIVE];
                    pos += said;
                    neg += strongWeight * talk[at + Voices.NEGATIVE];
                    customers += talk[at + Voices.CUSTOMER];
                    tribe += talk[at + Voices.TRIBE];
                    weights += strongWeight;
                    if (stages[j] == Stage.ADVOCATE_CODE) {
                        adv += said;
                    }
                }
                degree += extra;
            }
            heardPositive[0] = pos;
            heardAdvocate[0] = adv;
            heardNegative[0] = neg;
            proofShare[0] = customers;
            tribeShare[0] = tribe;
            normalise(weights, degree);
        }

        private void hear(int j, double w) {
            int base = j * k;
            for (int b = 0; b < k; b++) {
                int q = base + b;
                int at = Voices.STRIDE * q;
                double said = w * v.talk[at + Voices.POSITIVE];
                heardPositive[b] += said;
                heardAdvocate[b] += c.stageAtTickStart[q] == Stage.ADVOCATE_CODE ? said : 0;
                heardNegative[b] += w * v.talk[at + Voices.NEGATIVE];
                proofShare[b] += v.talk[at + Voices.CUSTOMER];
                tribeShare[b] += v.talk[at + Voices.TRIBE];
            }
        }

        /**
         * Half a tick of goodwill's fading and of the advocate programme's rewards (goodwill for
         * covered advocates), at the same midpoints as trust's evidence.
         */
        private void fade(int i) {
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                double g = c.goodwill[p] * halfGoodwill;
                if (programme.enabled() && c.stage[p] == Stage.ADVOCATE_CODE) {
                    g += programme.rewardGoodwill() * brands[b].programmeCoverage * dt / 2;
                }
                c.goodwill[p] = (float) g;
            }
        }

        /** Half a tick of trust's forgetting and of the negative evidence of bad talk heard and of shouting ads. */
        private void evidence(int i) {
            fade(i);
            if (!trust.enabled()) {
                return;
            }
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                c.positive[p] *= halfDecay;
                double neg = c.negative[p] * halfDecay;
                byte st = c.stage[p];
                if (st != Stage.UNAWARE_CODE) {
                    if (wom.enabled() && heardNegative[b] > 0) {
                        double weight = Stage.active(st) ? 1 : wom.unfamiliarNegativeWeight();
                        neg += wom.negativeRate() * heardNegative[b] * weight * dt / 2;
                    }
                    double pressure = brands[b].tickPressure;
                    if (advertising.enabled() && pressure > advertising.shoutingThreshold()) {
                        neg += advertising.shoutingPenalty() * (pressure - advertising.shoutingThreshold())
                                * c.adSensitivity[i] * dt / 2;
                    }
                }
                c.negative[p] = (float) neg;
            }
        }

        private double trustOf(int p) {
            return trust.enabled() ? c.trust(p) : 0.5;
        }

        private double goodwillFactor(int p) {
            return Goodwill.factor(reciprocity, c.goodwill[p]);
        }

        /** Trial among brands as competing hazards; returns the brand adopted, or -1. */
        private int trial(int i) {
            double total = 0;
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                byte st = c.stage[p];
                rate[b] = 0;
                boolean candidate = (st == Stage.AWARE_CODE || st == Stage.LAPSED_CODE
                        || (st == Stage.UNAWARE_CODE && !awareness.enabled()))
                        && (c.flags[p] & Consumers.OUT_OF_MARKET) == 0;
                if (!candidate) {
                    continue;
                }
                double[] part = parts[b];
                BrandState brand = brands[b];
                part[Channel.ADVERTISING.ordinal()] = advertising.persuasionRate() * brand.adEffect * c.adSensitivity[i];
                part[Channel.DISCOUNT.ordinal()] = 0;
                double advocateVoice = heardAdvocate[b] * (programme.enabled()
                        ? 1 + programme.referralBoost() * brand.programmeCoverage : 1);
                part[Channel.REFERRAL.ordinal()] = wom.enabled() ? wom.trialRate() * advocateVoice : 0;
                double wordOfMouth = wom.enabled() ? wom.trialRate() * (heardPositive[b] - heardAdvocate[b]) : 0;
                double social = proof.enabled() ? proof.rate() * c.socialSensitivity[i] * proofShare[b] : 0;
                part[Channel.WORD_OF_MOUTH.ordinal()] = wordOfMouth + social;
                part[Channel.ORGANIC.ordinal()] = m.scenario.market().organicTrialRate();
                double sum = 0;
                for (double x : part) {
                    sum += x;
                }
                // Price: the share of the consumer's people who would pay it. What a discount adds
                // to that share is the discount's part of the hazard (its channel).
                double atList = PriceResponse.trialShare(price, brand.price, c.willingnessToPay[i], c.priceSensitivity[i]);
                double now = brand.discountDepth > 0
                        ? PriceResponse.trialShare(price, brand.effectivePrice(), c.willingnessToPay[i], c.priceSensitivity[i])
                        : atList;
                if (now > atList && now > 0) {
                    double keep = atList / now;
                    for (int ch = 0; ch < part.length; ch++) {
                        part[ch] *= keep;
                    }
                    part[Channel.DISCOUNT.ordinal()] = sum * (1 - keep);
                }
                sum *= now;
                double attraction = 0;
                if (trust.enabled()) {
                    attraction += trust.weight() * (trustOf(p) - 0.5);
                }
                if (valueFit.enabled()) {
                    attraction += valueFit.weight() * (c.fit[p] - 0.5);
                }
                double lambda = Math.exp(attraction) * sum;
                if (st == Stage.LAPSED_CODE) {
                    lambda *= churn.winbackFactor();
                }
                rate[b] = lambda;
                total += lambda;
            }
            double u = rng.nextDouble();
            double pick = rng.nextDouble();
            double channelPick = rng.nextDouble();
            if (total <= 0) {
                return -1;
            }
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
                    if (since[b] <= now) {
                        eligible[b] = rate[b];
                        eligibleTotal += rate[b];
                    } else {
                        eligible[b] = 0;
                        nextStart = Math.min(nextStart, since[b]);
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
            int chosen = choose(eligible, eligibleTotal, pick);
            double[] part = parts[chosen];
            double partSum = 0;
            for (double x : part) {
                partSum += x;
            }
            int channel = choose(part, partSum, channelPick);
            acquire(i, chosen, Channel.values()[channel]);
            c.movedAt[i * k + chosen] = (float) at;
            restOfTick = dt - at;
            return chosen;
        }

        private int choose(double[] weights, double total, double u) {
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

        private void acquire(int i, int b, Channel channel) {
            int p = i * k + b;
            BrandState brand = brands[b];
            c.stage[p] = Stage.CUSTOMER_CODE;
            c.channel[p] = channel.code();
            c.acquiredTick[p] = tick;
            if ((c.flags[p] & Consumers.EVER_ACQUIRED) == 0) {
                c.flags[p] |= Consumers.EVER_ACQUIRED;
                c.firstPurchaseWeek[p] = (float) week;
                brand.everAcquired++;
            }
            if (channel == Channel.DISCOUNT) {
                c.flags[p] |= Consumers.DEAL_ACQUIRED;
            } else {
                c.flags[p] &= ~Consumers.DEAL_ACQUIRED;
            }
            brand.acquired[channel.ordinal()]++;
            brand.cumulativeAcquired++;
            if (channel == Channel.REFERRAL) {
                int referrer = pickReferrer(i, b);
                if (referrer >= 0) {
                    int q = referrer * k + b;
                    c.referrer[p] = referrer;
                    int depth = Math.min(Short.MAX_VALUE, c.referralDepth[q] + 1);
                    c.referralDepth[p] = (short) depth;
                    brand.maxReferralDepth = Math.max(brand.maxReferralDepth, depth);
                }
                brand.cumulativeReferred++;
                brand.referredInInterval++;
            }
            c.referencePrice[p] = (float) brand.effectivePrice();
            purchase(i, b, 1);
        }

        /** The advocate whose talk converted i: a contact, drawn in proportion to their voice. */
        private int pickReferrer(int i, int b) {
            double u = rng.nextDouble();
            if (net.isComplete()) {
                int n = v.advocateCount[b];
                return n == 0 ? -1 : v.advocates[b][Math.min(n - 1, (int) (u * n))];
            }
            int[] offsets = net.offsets();
            int[] targets = net.targets();
            byte[] strong = net.strong();
            double total = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                total += (strong[e] != 0 ? strongWeight : 1) * advocateVoice(targets[e] * k + b);
            }
            int extra = net.extraCount(i);
            int[] ex = net.extraContacts(i);
            for (int e = 0; e < extra; e++) {
                total += strongWeight * advocateVoice(ex[e] * k + b);
            }
            double target = u * total;
            double acc = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                double w = (strong[e] != 0 ? strongWeight : 1) * advocateVoice(targets[e] * k + b);
                acc += w;
                if (w > 0 && target < acc) {
                    return targets[e];
                }
            }
            for (int e = 0; e < extra; e++) {
                double w = strongWeight * advocateVoice(ex[e] * k + b);
                acc += w;
                if (w > 0 && target < acc) {
                    return ex[e];
                }
            }
            return -1;
        }

        /** Pair q's positive voice if q was an advocate at the start of the tick, else 0. */
        private double advocateVoice(int q) {
            return c.stageAtTickStart[q] == Stage.ADVOCATE_CODE ? v.talk[Voices.STRIDE * q + Voices.POSITIVE] : 0;
        }

        /** Books {@code count} purchases of brand b by i, with their experiences. */
        private void purchase(int i, int b, int count) {
            int p = i * k + b;
            BrandState brand = brands[b];
            for (int n = 0; n < count; n++) {
                long list = brand.priceCents;
                long paid = list;
                if (brand.discountDepth > 0) {
                    long off = Math.round(list * brand.discountDepth);
                    if (brand.budget.chargeFree(off)) {
                        paid = list - off;
                        brand.discountCost += off;
                        brand.tickDiscount += off;
                    }
                }
                brand.revenue += paid;
                brand.tickRevenue += paid;
                brand.cogs += brand.unitCostCents;
                brand.tickCogs += brand.unitCostCents;
                long margin = paid - brand.unitCostCents;
                c.discountedMargin[p] += margin / 100.0 * Math.exp(-discountRate * (week - c.firstPurchaseWeek[p]));
                double good = rng.nextDouble();
                double critic = rng.nextDouble();
                double answered = rng.nextDouble();
                if (!experience.enabled()) {
                    continue;
                }
                if (good < brand.quality) {
                    if (trust.enabled()) {
                        c.positive[p] += (float) experience.evidencePerPurchase();
                    }
                } else {
                    if (trust.enabled()) {
                        c.negative[p] += (float) experience.evidencePerPurchase();
                    }
                    if (critic < experience.criticismProbability()) {
                        criticism(p, brand, answered);
                    }
                }
            }
        }

        /**
         * A public criticism: answered honestly (service recovery) or ignored. Each is answered
         * with the tick's answer probability, whoever raised it, and the response borrows when the
         * tick's criticisms run past the allowance; rationing by a running allowance would answer
         * the consumers visited first and ignore the rest, and by how many depends on the tick.
         */
        private void criticism(int p, BrandState brand, double u) {
            brand.tickCriticisms++;
            if (!listening.enabled()) {
                return;
            }
            boolean answered = u < brand.answerProbability
                    && brand.budget.chargeOrBorrow(Lever.LISTENING, m.units.responseCents());
            if (answered) {
                if (trust.enabled()) {
                    c.positive[p] += (float) listening.recoveryGain();
                }
                c.goodwill[p] += (float) reciprocity.perAnswer();
            } else if (trust.enabled()) {
                c.negative[p] += (float) listening.ignoredPenalty();
            }
        }

        /**
         * Active pair (i, b) over {@code span} weeks of the tick, simulated event by event
         * (Gillespie): purchases, value deliveries and stage moves (lapse, join, advocate, step
         * back, detract) race as competing hazards at the trust and stage of the moment. So a
         * purchase that tips trust below a threshold exposes the pair to detraction for the rest
         * of the span only, a pair that lapses buys nothing after it, and a member's uplift starts
         * when it joins: what happens within a tick does not depend on how long the tick is. With
         * {@code churn.timing: before_purchases} the span's move comes first, at the trust of its
         * start (a retention decision per period, as in the textbook CLV). Returns the week of the
         * tick at which the pair stopped being active, or dt if it still is.
         */
        private double active(int i, int b, double span) {
            int p = i * k + b;
            BrandState brand = brands[b];
            // Every hazard of the span uses the goodwill of its start.
            double recip = goodwillFactor(p);
            if (price.enabled()) {
                double learn = span == dt ? referenceStep : -Math.expm1(-price.referenceLearningRate() * span);
                c.referencePrice[p] += (float) ((brand.effectivePrice() - c.referencePrice[p]) * learn);
            }
            if (retentionFirst) {
                double moveRate = hazards(i, b, recip, trustOf(p));
                double u = rng.nextDouble();
                double which = rng.nextDouble() * moveRate;
                double end = dt;
                if (moveRate > 0 && u < -Math.expm1(-moveRate * span)) {
                    moveTo(i, b, which, span + Math.log1p(-u) / moveRate);
                    end = dt - span - Math.log1p(-u) / moveRate;
                }
                if (Stage.active(c.stage[p])) {
                    purchase(i, b, rng.poisson(purchaseRate(i, p, recip) * span));
                    int deliveries = rng.poisson(brand.deliveryRate * span);
                    for (int d = 0; d < deliveries; d++) {
                        deliver(p, brand);
                    }
                }
                return Stage.active(c.stage[p]) ? dt : end;
            }
            double elapsed = 0;
            for (int moves = 0; ; ) {
                double buying = purchaseRate(i, p, recip);
                double giving = brand.deliveryRate;
                double moving = moves < MOST_MOVES ? hazards(i, b, recip, trustOf(p)) : 0;
                double total = buying + giving + moving;
                double u = rng.nextDouble();
                double which = rng.nextDouble() * total;
                if (total <= 0) {
                    return dt;
                }
                elapsed -= Math.log1p(-u) / total;
                if (elapsed >= span) {
                    return dt;
                }
                if (which < buying) {
                    purchase(i, b, 1);
                } else if (which < buying + giving) {
                    deliver(p, brand);
                } else {
                    moves++;
                    moveTo(i, b, which - buying - giving, span - elapsed);
                    if (!Stage.active(c.stage[p])) {
                        return dt - span + elapsed;
                    }
                }
            }
        }

        /**
         * Purchases per week of active pair p at its current stage: the market's rate, raised for
         * members, by goodwill, by advertising's reinforcement, and by a price below the reference
         * price (lowered above it).
         */
        private double purchaseRate(int i, int p, double recip) {
            BrandState brand = brands[p % k];
            return m.scenario.market().purchaseRate()
                    * (c.stage[p] >= Stage.MEMBER_CODE ? 1 + m.scenario.market().memberPurchaseUplift() : 1) * recip
                    * (1 + advertising.reinforcement() * brand.adEffect * c.adSensitivity[i])
                    * PriceResponse.frequency(price, brand.effectivePrice(), c.referencePrice[p], c.priceSensitivity[i]);
        }

        /**
         * A new member's welcome, bought once when they join, if the plan funds the community now:
         * trust evidence and goodwill. Charged one by one like deliveries (borrowing past the
         * tick's allowance), so that who is welcomed does not depend on the order of consumers.
         */
        private void welcome(int p, BrandState brand) {
            brand.tickJoins++;
            if (!community.enabled() || !brand.welcoming
                    || !brand.budget.chargeOrBorrow(Lever.COMMUNITY, m.units.welcomeCents())) {
                return;
            }
            if (trust.enabled()) {
                c.positive[p] += (float) community.welcomeTrustGain();
            }
            c.goodwill[p] += (float) reciprocity.perWelcome();
        }

        /** One delivery of value to pair p, if the value-delivery budget still pays for it. */
        private void deliver(int p, BrandState brand) {
            if (!brand.budget.chargeOrBorrow(Lever.VALUE_DELIVERY, m.units.deliveryCents())) {
                return;
            }
            if (trust.enabled()) {
                c.positive[p] += (float) delivery.trustGain();
            }
            c.goodwill[p] += (float) delivery.goodwillGain();
        }

        // The move hazards of the pair last passed to hazards(), by kind.
        private double leave;
        private double up;
        private double down;

        /**
         * The stage-move hazards per week of active pair (i, b) at trust t: lapse, one stage up
         * (join, advocate), one down (members and advocates below the trust threshold) and
         * detraction. Returns their sum; {@link #moveTo} picks among them.
         */
        private double hazards(int i, int b, double recip, double t) {
            int p = i * k + b;
            BrandState brand = brands[b];
            byte st = c.stage[p];
            leave = 0;
            if (churn.enabled()) {
                double stageFactor = st == Stage.ADVOCATE_CODE ? churn.advocateFactor()
                        : st == Stage.MEMBER_CODE ? churn.memberFactor() : 1;
                if (st >= Stage.MEMBER_CODE && community.enabled()) {
                    stageFactor *= 1 - community.retentionBoost() * brand.hostingCoverage;
                }
                if (st == Stage.ADVOCATE_CODE && programme.enabled()) {
                    stageFactor *= 1 - programme.retentionBoost() * brand.programmeCoverage;
                }
                double pricePenalty = PriceResponse.churn(price, brand.effectivePrice(), c.referencePrice[p],
                        c.willingnessToPay[i], c.priceSensitivity[i]);
                leave = churn.baseRate() * Math.exp(churn.trustSensitivity() * (0.5 - t)) * stageFactor * pricePenalty / recip;
                double rivals = 0;
                for (int r = 0; r < k; r++) {
                    if (r != b) {
                        rivals += tribeShare[r];
                    }
                }
                leave += churn.rivalPull() * rivals;
                if (discount.enabled() && (c.flags[p] & Consumers.DEAL_ACQUIRED) != 0 && brand.discountDepth == 0) {
                    leave += discount.dealChurnRate() * c.priceSensitivity[i];
                }
            }
            up = 0;
            down = 0;
            if (membership.enabled()) {
                double readiness = trust.enabled()
                        ? Math.max(0, (t - membership.trustThreshold()) / (1 - membership.trustThreshold())) : 1;
                if (st == Stage.CUSTOMER_CODE) {
                    double fitFactor = valueFit.enabled() ? Math.exp(valueFit.weight() * (c.fit[p] - 0.5)) : 1;
                    up = membership.joinRate() * readiness * fitFactor * recip;
                } else if (st == Stage.MEMBER_CODE) {
                    double promoted = programme.enabled() ? programme.promotionRate() * brand.programmeCoverage : 0;
                    up = (membership.advocateRate() + promoted) * readiness * c.talkativeness[i] * recip;
                }
                if (st >= Stage.MEMBER_CODE && trust.enabled() && t < membership.trustThreshold()) {
                    down = membership.demotionRate();
                }
            }
            double detract = 0;
            if (detraction.enabled()) {
                detract = (trust.enabled() && t < detraction.threshold() ? detraction.rate() : 0)
                        + detraction.conversionRate() * heardNegative[b];
            }
            return leave + up + down + detract;
        }

        /**
         * Moves active pair (i, b) by the hazard that {@code which} (uniform on [0, total of
         * {@link #hazards}]) falls in, with {@code remaining} weeks of the tick still to live.
         */
        private void moveTo(int i, int b, double which, double remaining) {
            int p = i * k + b;
            byte st = c.stage[p];
            c.movedAt[p] = (float) (dt - remaining);
            if (which < leave) {
                c.stage[p] = Stage.LAPSED_CODE;
            } else if (which < leave + up) {
                c.stage[p] = (byte) (st + 1);
                if (st == Stage.CUSTOMER_CODE) {
                    welcome(p, brands[b]);
                }
                return;
            } else if (which < leave + up + down) {
                c.stage[p] = (byte) (st - 1);
                return;
            } else {
                c.stage[p] = Stage.DETRACTOR_CODE;
            }
            afterwards(p, remaining, rng.nextDouble(), rng.nextDouble());
        }

        /**
         * The rest of a tick, {@code remaining} weeks, of pair p in a lapsed or detractor stage:
         * up to two moves between them (turning detractor while trust is below the threshold,
         * recovering), at the exponential times that {@code first} and {@code second} give. With
         * one move per tick every stay would last half a tick too long on average (a geometric
         * number of ticks has mean 1/(r·dt) + ½ + O(dt)), and weekly ticks would keep lapsed
         * consumers below the threshold 10% longer than daily ones before they turn detractor.
         */
        private void afterwards(int p, double remaining, double first, double second) {
            turn(p, turn(p, remaining, first), second);
        }

        /**
         * The next move of lapsed or detractor pair p within {@code remaining} weeks, at the
         * exponential time {@code u} gives; returns the weeks left after it (0 if none).
         */
        private double turn(int p, double remaining, double u) {
            byte st = c.stage[p];
            double r = 0;
            if (detraction.enabled()) {
                if (st == Stage.LAPSED_CODE) {
                    r = trust.enabled() && trustOf(p) < detraction.threshold() ? detraction.rate() : 0;
                } else if (st == Stage.DETRACTOR_CODE) {
                    r = detraction.recoveryRate();
                }
            }
            if (r <= 0 || remaining <= 0) {
                return 0;
            }
            double left = remaining + Math.log1p(-u) / r;
            if (left <= 0) {
                return 0;
            }
            c.stage[p] = st == Stage.LAPSED_CODE ? Stage.DETRACTOR_CODE : Stage.LAPSED_CODE;
            c.movedAt[p] = (float) (dt - left);
            return left;
        }

        /**
         * Awareness, first, for a consumer who buys no brand: each brand it has not heard of may
         * reach it at an exponential time in the tick, from which on the brand is a trial
         * candidate for the rest of the tick ({@link #since}; 0 for brands not heard of now).
         * Were awareness settled after trial, hearing of a brand and trying it would be a tick
         * apart, a week with weekly ticks and a day with daily ones.
         */
        private void awaken(int i) {
            for (int b = 0; b < k; b++) {
                int p = i * k + b;
                since[b] = 0;
                if (c.stage[p] != Stage.UNAWARE_CODE || !awareness.enabled()) {
                    continue;
                }
                double u = rng.nextDouble();
                double lambda = awarenessRate(i, b);
                double at = lambda > 0 ? -Math.log1p(-u) / lambda : Double.POSITIVE_INFINITY;
                if (at < dt) {
                    c.stage[p] = Stage.AWARE_CODE;
                    since[b] = Math.max(at, Double.MIN_VALUE);
                } else {
                    since[b] = Double.POSITIVE_INFINITY;
                }
            }
        }

        /** Rate per week at which consumer i hears of brand b: organic, advertising, talk. */
        private double awarenessRate(int i, int b) {
            return awareness.organicRate()
                    + advertising.awarenessRate() * brands[b].adEffect * c.adSensitivity[i]
                    + (wom.enabled() ? awareness.wordOfMouthRate() * (heardPositive[b] + heardNegative[b]) : 0);
        }

        /** Brand b for a consumer not buying it: awareness, forgetting, detraction, recovery. */
        private void passive(int i, int b) {
            int p = i * k + b;
            byte st = c.stage[p];
            BrandState brand = brands[b];
            double u = rng.nextDouble();
            double next = rng.nextDouble();
            switch (st) {
                case Stage.UNAWARE_CODE -> {
                    if (u < m.probability(awarenessRate(i, b))) {
                        c.stage[p] = Stage.AWARE_CODE;
                    }
                }
                case Stage.AWARE_CODE -> {
                    boolean contact = brand.adEffect > 0 || heardPositive[b] + heardNegative[b] > 0
                            || (c.flags[p] & Consumers.FOLLOWER) != 0;
                    if (awareness.enabled() && !contact && u < m.probability(awareness.forgettingRate())) {
                        c.stage[p] = Stage.UNAWARE_CODE;
                    }
                }
                case Stage.LAPSED_CODE, Stage.DETRACTOR_CODE -> afterwards(p, dt, u, next);
                default -> {
                    // An active stage here means the consumer adopted another brand this tick.
                }
            }
        }
    }
}
