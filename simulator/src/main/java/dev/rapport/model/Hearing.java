package dev.rapport.model;

import dev.rapport.model.network.Network;
import dev.rapport.scenario.Mechanisms;

/**
 * Process 3, the listening half of word of mouth: what a consumer hears this tick about each
 * brand from its contacts' start-of-tick records (see {@link ConversationStep}): positive voice,
 * the advocates' part of it (referral), negative voice, and the shares of contacts who are
 * customers (social proof) and in the brand's tribe (rivals' pull). In count mode voices add up
 * per contact; in fraction mode they are divided by the contacts' total weight. On a complete
 * network there are no ties: a consumer hears the population-wide totals less its own record,
 * averaged over everyone else in either mode, which is what complete mixing means (summed in
 * count mode, a thousand consumers would hear a thousand voices and every rate would scale with
 * the population).
 */
final class Hearing implements Network.ContactVisitor {
    private final Consumers c;
    private final Network net;
    private final Voices v;
    private final int k;
    private final int size;
    private final boolean fraction;
    private final double strongWeight;
    private final ConsumerTick t;

    // Sums of the walk over one consumer's contacts.
    private double weights;
    private int degree;

    Hearing(MarketModel m, ConsumerTick t) {
        this.c = m.consumers;
        this.net = m.network;
        this.v = m.voices;
        this.k = m.brandCount;
        this.size = m.size;
        Mechanisms.WordOfMouth wom = m.mech.wordOfMouth();
        this.fraction = wom.mode() == Mechanisms.WordOfMouth.Mode.FRACTION;
        this.strongWeight = wom.strongTieWeight();
        this.t = t;
    }

    /** Fills the tick's heard arrays for consumer i, never below nothing. */
    void listen(int i) {
        t.clearHeard();
        if (net.isComplete()) {
            listenToEveryone(i);
        } else if (k == 1) {
            listenOneBrand(i);
        } else {
            weights = 0;
            degree = 0;
            net.forEachContact(i, this);
            normalise();
        }
        // A lapsed contact's catch-up is negative (see ConversationStep); never below none.
        for (int b = 0; b < k; b++) {
            t.heardPositive[b] = Math.max(0, t.heardPositive[b]);
            t.heardAdvocate[b] = Math.max(0, t.heardAdvocate[b]);
            t.heardNegative[b] = Math.max(0, t.heardNegative[b]);
            t.proofShare[b] = Math.max(0, t.proofShare[b]);
            t.tribeShare[b] = Math.max(0, t.tribeShare[b]);
        }
    }

    /** Complete mixing: the average voice of everyone else, in either mode. */
    private void listenToEveryone(int i) {
        double others = Math.max(1, size - 1);
        for (int b = 0; b < k; b++) {
            int p = i * k + b;
            int at = Voices.STRIDE * p;
            byte st = c.stageAtTickStart[p];
            double ownPositive = v.talk[at + Voices.POSITIVE];
            double pos = v.totalPositive[b] - ownPositive;
            double adv = v.totalAdvocate[b] - (st == Stage.ADVOCATE_CODE ? ownPositive : 0);
            double neg = v.totalNegative[b] - v.talk[at + Voices.NEGATIVE];
            double scale = 1 / others;
            t.heardPositive[b] = pos * scale;
            t.heardAdvocate[b] = adv * scale;
            t.heardNegative[b] = neg * scale;
            t.proofShare[b] = (v.customerTotal[b] - v.talk[at + Voices.CUSTOMER]) / others;
            t.tribeShare[b] = (v.tribeTotal[b] - v.talk[at + Voices.TRIBE]) / others;
        }
    }

    /**
     * The hot loop for the common single-brand market: sums in locals, one pass over the contacts
     * by index reading each contact's interleaved record and start-of-tick stage. The same sums
     * as {@link #visit} with one brand; through the callback the flagship ran about 20% slower.
     */
    private void listenOneBrand(int i) {
        float[] talk = v.talk;
        byte[] stages = c.stageAtTickStart;
        double pos = 0;
        double adv = 0;
        double neg = 0;
        double customers = 0;
        double tribe = 0;
        double sum = 0;
        int from = net.tiesFrom(i);
        int to = net.tiesFrom(i + 1);
        int added = net.addedCount(i);
        for (int e = from; e < to; e++) {
            int j = net.tieContact(e);
            double w = net.tieStrong(e) ? strongWeight : 1;
            int at = Voices.STRIDE * j;
            double said = w * talk[at + Voices.POSITIVE];
            pos += said;
            neg += w * talk[at + Voices.NEGATIVE];
            customers += talk[at + Voices.CUSTOMER];
            tribe += talk[at + Voices.TRIBE];
            sum += w;
            if (stages[j] == Stage.ADVOCATE_CODE) {
                adv += said;
            }
        }
        // Ties added during the run (introductions), all strong.
        for (int n = 0; n < added; n++) {
            int j = net.addedContact(i, n);
            int at = Voices.STRIDE * j;
            double said = strongWeight * talk[at + Voices.POSITIVE];
            pos += said;
            neg += strongWeight * talk[at + Voices.NEGATIVE];
            customers += talk[at + Voices.CUSTOMER];
            tribe += talk[at + Voices.TRIBE];
            sum += strongWeight;
            if (stages[j] == Stage.ADVOCATE_CODE) {
                adv += said;
            }
        }
        t.heardPositive[0] = pos;
        t.heardAdvocate[0] = adv;
        t.heardNegative[0] = neg;
        t.proofShare[0] = customers;
        t.tribeShare[0] = tribe;
        weights = sum;
        degree = to - from + added;
        normalise();
    }

    /** One contact's start-of-tick record about every brand, its voices weighted by the tie. */
    @Override
    public void visit(int j, boolean strong) {
        double w = strong ? strongWeight : 1;
        int base = j * k;
        for (int b = 0; b < k; b++) {
            int q = base + b;
            int at = Voices.STRIDE * q;
            double said = w * v.talk[at + Voices.POSITIVE];
            t.heardPositive[b] += said;
            if (c.stageAtTickStart[q] == Stage.ADVOCATE_CODE) {
                t.heardAdvocate[b] += said;
            }
            t.heardNegative[b] += w * v.talk[at + Voices.NEGATIVE];
            t.proofShare[b] += v.talk[at + Voices.CUSTOMER];
            t.tribeShare[b] += v.talk[at + Voices.TRIBE];
        }
        weights += w;
        degree++;
    }

    /** Voices per unit of tie weight in fraction mode; shares per contact in both modes. */
    private void normalise() {
        if (degree == 0) {
            return;
        }
        double scale = fraction ? 1 / weights : 1;
        for (int b = 0; b < k; b++) {
            t.heardPositive[b] *= scale;
            t.heardAdvocate[b] *= scale;
            t.heardNegative[b] *= scale;
            t.proofShare[b] /= degree;
            t.tribeShare[b] /= degree;
        }
    }
}
