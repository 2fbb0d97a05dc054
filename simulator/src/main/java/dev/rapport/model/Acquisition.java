package dev.rapport.model;

import dev.rapport.model.network.Network;
import dev.rapport.scenario.Mechanisms;

/**
 * An adoption's bookkeeping: the new customer's stage, channel and flags, the brand's counts, for
 * word of mouth or a referral the contact whose word converted it (the bond that holds it, and a
 * referral chain's depth), the trust a friend's word
 * brings (vouching), the reference price, and the first purchase. Split from
 * {@link Trial} so that trial is only the race of hazards.
 */
final class Acquisition {
    private final Consumers c;
    private final Network net;
    private final Voices v;
    private final BrandState[] brands;
    private final int k;
    private final Mechanisms.WordOfMouth wom;
    private final boolean trustOn;
    private final Purchases purchases;
    private final ConsumerTick t;
    private final ReferrerDraw draw;
    /** Who talks this tick, to walk only the contacts who do (single-brand markets), or null. */
    private final Talkers talkers;

    Acquisition(MarketModel m, ConsumerTick t, Purchases purchases) {
        this.c = m.consumers;
        this.net = m.network;
        this.v = m.voices;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.wom = m.mech.wordOfMouth();
        this.trustOn = m.mech.trust().enabled();
        this.purchases = purchases;
        this.t = t;
        this.draw = new ReferrerDraw(m.mech.wordOfMouth().strongTieWeight());
        this.talkers = m.talkers;
    }

    /**
     * Consumer i becomes a customer of brand b through {@code channel}, and buys once; {@code told}
     * when a contact's word won it (a referral, or word of mouth heard rather than seen).
     */
    void acquire(int i, int b, Channel channel, boolean told) {
        int p = i * k + b;
        BrandState brand = brands[b];
        c.stage[p] = Stage.CUSTOMER_CODE;
        c.channel[p] = channel.code();
        c.acquiredTick[p] = t.tick;
        if ((c.flags[p] & Consumers.EVER_ACQUIRED) == 0) {
            c.flags[p] |= Consumers.EVER_ACQUIRED;
            c.firstPurchaseWeek[p] = (float) t.week;
            brand.ledger.firstAcquisition();
        }
        if (channel == Channel.DISCOUNT) {
            c.flags[p] |= Consumers.DEAL_ACQUIRED;
        } else {
            c.flags[p] &= ~Consumers.DEAL_ACQUIRED;
        }
        brand.ledger.acquisition(channel);
        c.wonBy[p] = -1;
        if (told) {
            int speaker = pickSpeaker(i, b, channel == Channel.REFERRAL);
            c.wonBy[p] = speaker;
            if (channel == Channel.REFERRAL && speaker >= 0) {
                int q = speaker * k + b;
                int depth = Math.min(Short.MAX_VALUE, c.referralDepth[q] + 1);
                c.referralDepth[p] = (short) depth;
                brand.ledger.referralDepth(depth);
            }
        }
        // Someone who comes because people they know vouch for the brand starts with that evidence
        // (Schmitt, Skiera & Van den Bulte 2011: referred customers are better informed and stay).
        if (trustOn && (channel == Channel.REFERRAL || channel == Channel.WORD_OF_MOUTH)) {
            c.positive[p] += (float) wom.vouching();
        }
        c.referencePrice[p] = (float) brand.effectivePrice();
        purchases.purchase(i, b, 1);
    }

    /**
     * The contact whose word converted i, or -1: for a referral an advocate, drawn in proportion to
     * its advocate voice as i heard it (tie weight included), with complete mixing any speaking
     * advocate; for word of mouth a customer or member, in proportion to its positive voice, and
     * nobody with complete mixing or when social proof alone (seeing, not hearing) won i.
     */
    private int pickSpeaker(int i, int b, boolean advocate) {
        double u = t.rng.nextDouble();
        if (net.isComplete()) {
            int n = v.advocateCount[b];
            return !advocate || n == 0 ? -1 : v.advocates[b][Math.min(n - 1, (int) (u * n))];
        }
        draw.start(b, advocate, Double.NaN);
        walk(i);
        draw.start(b, advocate, u * draw.acc);
        walk(i);
        return draw.found;
    }

    /** One walk of the draw over i's contacts; a silent contact adds nothing to it and is never drawn. */
    private void walk(int i) {
        if (talkers != null) {
            talkers.forEachTalkingContact(i, draw);
        } else {
            net.forEachContact(i, draw);
        }
    }

    /**
     * Two walks over a consumer's contacts: the first (target NaN) sums the voice heard (advocates'
     * or the others'),
     * the second finds the contact where the running sum first passes the target.
     */
    private final class ReferrerDraw implements Network.ContactVisitor {
        private final double strongWeight;
        private int b;
        private boolean advocate;
        private double target;
        private double acc;
        private int found;

        ReferrerDraw(double strongWeight) {
            this.strongWeight = strongWeight;
        }

        void start(int brand, boolean advocates, double target) {
            this.b = brand;
            this.advocate = advocates;
            this.target = target;
            this.acc = 0;
            this.found = -1;
        }

        @Override
        public void visit(int j, boolean strong) {
            double w = (strong ? strongWeight : 1) * voice(j * k + b, advocate);
            acc += w;
            if (found < 0 && w > 0 && target < acc) {
                found = j;
            }
        }
    }

    /** Pair q's positive voice if q was an advocate at the start of the tick (or, for word of mouth, if it was not), else 0. */
    private double voice(int q, boolean advocate) {
        return (c.stageAtTickStart[q] == Stage.ADVOCATE_CODE) == advocate ? v.talk[Voices.STRIDE * q + Voices.POSITIVE] : 0;
    }
}
