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
 *
 * <p>Listening reads only start-of-tick state (the voices, the stages at the tick's start and the
 * network, which changes only after the decisions), so {@link Listening} runs it ahead of the
 * decisions, for blocks of consumers, on helper threads. Each instance has scratch of its own; a
 * consumer's sums are taken by one instance, contact by contact in the network's order, so they
 * come out the same whichever thread takes them. In a single-brand market on an explicit network
 * the contacts whose records are all zeros are passed over ({@link Talkers}): they would add exact
 * zeros, so what is heard is the same to the bit. What one consumer heard is {@link #FIELDS}
 * values per brand, written at {@code out[at + field·brands + b]}. There it also bounds what a
 * consumer hears without listening ({@link #mostPositive}, {@link #mostShare},
 * {@link #mayHearNegative}), so that a decision that the bounds settle needs no listening.
 */
final class Hearing {
    /** Values heard per brand: positive voice, its advocates' part, negative voice, proof, tribe. */
    static final int FIELDS = 5;
    static final int POSITIVE = 0;
    static final int ADVOCATE = 1;
    static final int NEGATIVE = 2;
    static final int PROOF = 3;
    static final int TRIBE = 4;

    private final Consumers c;
    private final Network net;
    private final Voices v;
    private final int k;
    private final int size;
    private final boolean fraction;
    private final double strongWeight;
    /** A tie's weight by {@link Network#tieKind}: 1 for a weak tie, the strong weight for a strong one. */
    private final double[] weightOfKind;
    /** Sums over one consumer's contacts, {@code sums[field·k + b]} (several brands only). */
    private final double[] sums;

    /** 2/degree with {@link #ROOM}, by degree up to a mask's ties (0 for none): {@link #mostShare} without a division. */
    private final double[] twoPerTie = new double[Talkers.MOST_TIES + 1];

    /** Which contacts talk this tick, or null to read every contact. */
    private final Talkers talkers;

    /** Listening to every contact of every consumer. */
    Hearing(MarketModel m) {
        this(m, null);
    }

    /** Listening, in a single-brand market, to the contacts {@code talkers} (if not null) says talk. */
    Hearing(MarketModel m, Talkers talkers) {
        this.talkers = talkers;
        this.c = m.consumers;
        this.net = m.network;
        this.v = m.voices;
        this.k = m.brandCount;
        this.size = m.size;
        Mechanisms.WordOfMouth wom = m.mech.wordOfMouth();
        this.fraction = wom.mode() == Mechanisms.WordOfMouth.Mode.FRACTION;
        this.strongWeight = wom.strongTieWeight();
        this.weightOfKind = new double[] {1, strongWeight};
        this.sums = new double[FIELDS * k];
        for (int degree = 1; degree <= Talkers.MOST_TIES; degree++) {
            twoPerTie[degree] = 2.0 / degree * ROOM;
        }
    }

    /**
     * Room for rounding in the bounds below: the records are floats, the sums doubles in another
     * order, so a bound is raised by a millionth, far beyond what rounding could take it past.
     */
    private static final double ROOM = 1 + 1e-6;

    /**
     * At least the positive voice consumer i hears this tick, and so at least any part of it (its
     * advocates', the rest), without listening: what its customers say at most
     * ({@link #mostCustomerVoice}) and what its tribe says at most ({@link #mostTribeVoice}).
     * +∞ where no bound is kept: no talkers (several brands, complete mixing), more ties than a
     * mask holds, or ties added during the run.
     */
    double mostPositive(int i) {
        return mostCustomerVoice(i) + mostTribeVoice(i);
    }

    /**
     * At least the positive voice consumer i hears this tick from its contacts in the tribe, and so
     * at least its advocates' part, without listening: their talkativeness by tie
     * ({@link Talkers#tribeVoiceSum}) times {@code loudest}, the loudest voice per unit of
     * talkativeness any record carries ({@link Voices#loudest}). +∞ where no bound is kept.
     */
    double mostTribeVoice(int i, double loudest) {
        return bounded(i) ? most(i, talkers.tribeVoiceSum[i], loudest) : Double.POSITIVE_INFINITY;
    }

    /** {@link #mostTribeVoice(int, double)} at this tick's loudest voice. */
    double mostTribeVoice(int i) {
        return mostTribeVoice(i, v.loudest[0]);
    }

    /**
     * At least the positive voice consumer i hears this tick from its talking contacts outside the
     * tribe (customers): their talkativeness by tie times {@code loudestCustomer}, the loudest voice
     * per unit of talkativeness their records carry ({@link Voices#loudestCustomer}). With
     * {@link #mostTribeVoice} at least what it hears in all. +∞ where no bound is kept.
     */
    double mostCustomerVoice(int i, double loudestCustomer) {
        return bounded(i) ? most(i, talkers.voiceSum[i] - talkers.tribeVoiceSum[i], loudestCustomer)
                : Double.POSITIVE_INFINITY;
    }

    /** {@link #mostCustomerVoice(int, double)} at this tick's loudest voice outside the tribe. */
    double mostCustomerVoice(int i) {
        return mostCustomerVoice(i, v.loudestCustomer[0]);
    }

    /** Talkativeness by tie {@code units} (of {@link Talkers#VOICE_UNIT}) speaking at most {@code loudest}, as consumer i hears it. */
    private double most(int i, long units, double loudest) {
        if (units == 0) {
            return 0;
        }
        double most = units / Talkers.VOICE_UNIT * loudest * ROOM;
        return fraction ? most / talkers.baseWeight[i] : most;
    }

    /**
     * At least the shares of consumer i's contacts who are customers and who are in the tribe, without
     * listening: every talking contact's record counts at most 2 (1, and the catch-up of a move up
     * in the tick before). +∞ where {@link #mostPositive} keeps no bound.
     */
    double mostShare(int i) {
        if (!bounded(i)) {
            return Double.POSITIVE_INFINITY;
        }
        return Long.bitCount(talkers.mask[i]) * twoPerTie[net.tiesFrom(i + 1) - net.tiesFrom(i)];
    }

    /**
     * Whether consumer i may hear negative voice this tick: false only when no contact says anything
     * bad, ties added during the run included ({@link Talkers#critics}).
     */
    boolean mayHearNegative(int i) {
        return talkers == null || !talkers.covers(i) || talkers.critics[i] > 0;
    }

    /**
     * Whether {@link #mostShareKept} and {@link #mayHearNegative} bound consumer i's hearing: its
     * base ties fit a mask, whatever ties were added to it.
     */
    boolean keepsBounds(int i) {
        return talkers != null && talkers.covers(i);
    }

    /**
     * At least the shares of consumer i's contacts who are customers and who are in the tribe, as
     * {@link #mostShare}, counting every tie added to it as a talking contact (no mask says whether
     * they talk): a bound that holds while its talking base contacts are no more than now's. +∞
     * where {@link #keepsBounds} is false.
     */
    double mostShareKept(int i) {
        if (!keepsBounds(i)) {
            return Double.POSITIVE_INFINITY;
        }
        int added = net.addedCount(i);
        if (added == 0) {
            return mostShare(i);
        }
        int base = net.tiesFrom(i + 1) - net.tiesFrom(i);
        return (Long.bitCount(talkers.mask[i]) + added) * 2.0 / (base + added) * ROOM;
    }

    /** Whether {@link #mostPositive}, {@link #mostShare} and {@link #mayHearNegative} bound consumer i's hearing. */
    boolean bounded(int i) {
        return talkers != null && talkers.covers(i) && net.addedCount(i) == 0;
    }

    /** How many times this instance has listened for a consumer: what listening when asked saves shows in it. */
    long listened;

    /** Writes what consumer i hears this tick at {@code out[at ..]}, never below nothing. */
    void listen(int i, double[] out, int at) {
        listened++;
        if (net.isComplete()) {
            listenToEveryone(i, out, at);
        } else if (talkers != null && talkers.covers(i)) {
            listenToTalkers(i, out, at);
        } else if (k == 1) {
            listenOneBrand(i, out, at);
        } else {
            listenToContacts(i, out, at);
        }
    }

    /** Complete mixing: the average voice of everyone else, in either mode. */
    private void listenToEveryone(int i, double[] out, int at) {
        double others = Math.max(1, size - 1);
        for (int b = 0; b < k; b++) {
            int p = i * k + b;
            int said = Voices.STRIDE * p;
            byte st = c.stageAtTickStart[p];
            double ownPositive = v.talk[said + Voices.POSITIVE];
            double pos = v.totalPositive[b] - ownPositive;
            double adv = v.totalAdvocate[b] - (st == Stage.ADVOCATE_CODE ? ownPositive : 0);
            double neg = v.totalNegative[b] - v.talk[said + Voices.NEGATIVE];
            double scale = 1 / others;
            double proof = (v.customerTotal[b] - v.talk[said + Voices.CUSTOMER]) / others;
            double tribe = (v.tribeTotal[b] - v.talk[said + Voices.TRIBE]) / others;
            put(out, at, b, pos * scale, adv * scale, neg * scale, proof, tribe);
        }
    }

    /**
     * The hot loop for the common single-brand market: sums in locals, one pass over the contacts
     * by tie index reading each contact's interleaved record and start-of-tick stage, the tie's
     * weight looked up by its kind rather than branched on (a third of ties are strong, at random).
     * The same sums, in the same order, as {@link #listenToContacts} with one brand.
     */
    private void listenOneBrand(int i, double[] out, int at) {
        float[] talk = v.talk;
        byte[] stages = c.stageAtTickStart;
        double[] weight = weightOfKind;
        double pos = 0;
        double adv = 0;
        double neg = 0;
        double customers = 0;
        double tribe = 0;
        double sum = 0;
        int from = net.tiesFrom(i);
        int to = net.tiesFrom(i + 1);
        for (int e = from; e < to; e++) {
            int j = net.tieContact(e);
            double w = weight[net.tieKind(e)];
            int said = Voices.STRIDE * j;
            double positive = w * talk[said + Voices.POSITIVE];
            pos += positive;
            neg += w * talk[said + Voices.NEGATIVE];
            customers += talk[said + Voices.CUSTOMER];
            tribe += talk[said + Voices.TRIBE];
            sum += w;
            if (stages[j] == Stage.ADVOCATE_CODE) {
                adv += positive;
            }
        }
        // Then the ties added during the run (introductions), all strong.
        finishOne(i, out, at, to - from, sum, pos, adv, neg, customers, tribe);
    }

    /**
     * {@link #listenOneBrand} over the contacts who say anything this tick ({@link Talkers}), in
     * the same order: a silent contact adds exact zeros to every sum, and the weights' sum over
     * all base ties, which fraction mode divides by, is the one taken once in the same order.
     */
    private void listenToTalkers(int i, double[] out, int at) {
        float[] talk = v.talk;
        byte[] stages = c.stageAtTickStart;
        double[] weight = weightOfKind;
        double pos = 0;
        double adv = 0;
        double neg = 0;
        double customers = 0;
        double tribe = 0;
        int from = net.tiesFrom(i);
        for (long bits = talkers.mask[i]; bits != 0; bits &= bits - 1) {
            int e = from + Long.numberOfTrailingZeros(bits);
            int j = net.tieContact(e);
            double w = weight[net.tieKind(e)];
            int said = Voices.STRIDE * j;
            double positive = w * talk[said + Voices.POSITIVE];
            pos += positive;
            neg += w * talk[said + Voices.NEGATIVE];
            customers += talk[said + Voices.CUSTOMER];
            tribe += talk[said + Voices.TRIBE];
            if (stages[j] == Stage.ADVOCATE_CODE) {
                adv += positive;
            }
        }
        finishOne(i, out, at, net.tiesFrom(i + 1) - from, talkers.baseWeight[i], pos, adv, neg, customers, tribe);
    }

    /**
     * Adds what i hears from the ties added during the run (all strong, after its base ties, as
     * {@link Network#forEachContact} orders them) to one brand's sums over its {@code baseDegree}
     * base ties, then scales the sums and stores them.
     */
    private void finishOne(int i, double[] out, int at, int baseDegree, double sum, double pos, double adv,
                           double neg, double customers, double tribe) {
        float[] talk = v.talk;
        int added = net.addedCount(i);
        for (int n = 0; n < added; n++) {
            int j = net.addedContact(i, n);
            int said = Voices.STRIDE * j;
            double positive = strongWeight * talk[said + Voices.POSITIVE];
            pos += positive;
            neg += strongWeight * talk[said + Voices.NEGATIVE];
            customers += talk[said + Voices.CUSTOMER];
            tribe += talk[said + Voices.TRIBE];
            sum += strongWeight;
            if (c.stageAtTickStart[j] == Stage.ADVOCATE_CODE) {
                adv += positive;
            }
        }
        int degree = baseDegree + added;
        if (degree > 0) {
            // Voices per unit of tie weight in fraction mode; shares per contact in both modes.
            double scale = fraction ? 1 / sum : 1;
            pos *= scale;
            adv *= scale;
            neg *= scale;
            customers /= degree;
            tribe /= degree;
        }
        put(out, at, 0, pos, adv, neg, customers, tribe);
    }

    /** Several brands: each contact's start-of-tick record about every brand, its voices weighted by the tie. */
    private void listenToContacts(int i, double[] out, int at) {
        double[] s = sums;
        java.util.Arrays.fill(s, 0);
        double weights = 0;
        int from = net.tiesFrom(i);
        int to = net.tiesFrom(i + 1);
        for (int e = from; e < to; e++) {
            double w = weightOfKind[net.tieKind(e)];
            hear(net.tieContact(e), w);
            weights += w;
        }
        int added = net.addedCount(i);
        for (int n = 0; n < added; n++) {
            hear(net.addedContact(i, n), strongWeight);
            weights += strongWeight;
        }
        int degree = to - from + added;
        double scale = fraction ? 1 / weights : 1;
        for (int b = 0; b < k; b++) {
            double pos = s[POSITIVE * k + b];
            double adv = s[ADVOCATE * k + b];
            double neg = s[NEGATIVE * k + b];
            double proof = s[PROOF * k + b];
            double tribe = s[TRIBE * k + b];
            if (degree > 0) {
                pos *= scale;
                adv *= scale;
                neg *= scale;
                proof /= degree;
                tribe /= degree;
            }
            put(out, at, b, pos, adv, neg, proof, tribe);
        }
    }

    /** Adds contact j's record about every brand, its voices weighted by w. */
    private void hear(int j, double w) {
        double[] s = sums;
        int base = j * k;
        for (int b = 0; b < k; b++) {
            int q = base + b;
            int said = Voices.STRIDE * q;
            double positive = w * v.talk[said + Voices.POSITIVE];
            s[POSITIVE * k + b] += positive;
            if (c.stageAtTickStart[q] == Stage.ADVOCATE_CODE) {
                s[ADVOCATE * k + b] += positive;
            }
            s[NEGATIVE * k + b] += w * v.talk[said + Voices.NEGATIVE];
            s[PROOF * k + b] += v.talk[said + Voices.CUSTOMER];
            s[TRIBE * k + b] += v.talk[said + Voices.TRIBE];
        }
    }

    /** Stores brand b's heard values; a lapsed contact's catch-up is negative (see ConversationStep), so never below none. */
    private void put(double[] out, int at, int b, double pos, double adv, double neg, double proof, double tribe) {
        out[at + POSITIVE * k + b] = Math.max(0, pos);
        out[at + ADVOCATE * k + b] = Math.max(0, adv);
        out[at + NEGATIVE * k + b] = Math.max(0, neg);
        out[at + PROOF * k + b] = Math.max(0, proof);
        out[at + TRIBE * k + b] = Math.max(0, tribe);
    }
}
