package dev.rapport.model;

import dev.rapport.model.network.Network;

/**
 * Which of each consumer's base ties lead to a contact who says something this tick, so that
 * listening in a single-brand market reads only those contacts. Most consumers of a market a brand
 * is entering are silent about it (unaware, aware or lapsed: a record of four zeros), and a silent
 * contact adds exactly nothing to what is heard: skipping it leaves every sum, taken in the same
 * order over the rest, the same to the bit. The voices change every tick, but whether a consumer
 * says anything changes only when its stage does, so the bits are kept up to date as
 * {@link ConversationStep} writes each record, at a cost that follows the changes: a consumer who
 * starts or stops talking flips its bit in each contact's mask (ties are undirected, so its own
 * ties name the listeners).
 *
 * <p>Bit {@code n} of {@code mask[i]} stands for i's tie {@code tiesFrom(i) + n}; consumers with
 * more than {@link #MOST_TIES} base ties have no mask and are listened for in full. Ties added
 * during the run are read directly ({@link Hearing}).
 *
 * <p>Kept the same way, at the same flips, for what bounds a consumer's hearing without listening
 * ({@link Hearing#mostPositive}): the talkativeness its talking contacts speak with, weighted by the
 * tie and summed in fixed point rounded up (integers, so that adding and taking away a contact
 * leaves no rounding behind), and how many of its contacts say anything bad.
 */
final class Talkers {
    /** Base ties a mask covers: a long's bits. */
    static final int MOST_TIES = Long.SIZE;

    private final Network net;
    /** Per consumer, which of its base ties lead to a talking contact (see the class comment). */
    final long[] mask;
    /** Whether each consumer's record this tick has anything in it. */
    private final boolean[] talking;
    /** Whether each consumer's record this tick has negative voice in it. */
    private final boolean[] critical;
    /** Units of {@link #voiceSum} per unit of tie weight times talkativeness. */
    static final double VOICE_UNIT = 0x1p32;
    /**
     * Per consumer covered by a mask, its talking contacts' talkativeness times the tie's weight,
     * each term in units of 1/{@link #VOICE_UNIT} rounded up: at least the exact sum.
     */
    final long[] voiceSum;
    /** Per consumer, how many of its base contacts say something bad this tick. */
    final int[] critics;
    private final float[] talkativeness;
    private final double[] weightOfKind;
    /** Lulls that a contact who starts to talk or to criticise ends ({@link Lulls}), or null. */
    Lulls lulls;
    /** How many consumers' records have anything in them. */
    private int count;
    /**
     * Each consumer's base ties' weights summed in its ties' order: what listening to every
     * contact adds up in fraction mode, the silent ones included.
     */
    final double[] baseWeight;

    private Talkers(Network net, double[] weightOfKind, float[] talkativeness) {
        this.net = net;
        int n = net.size();
        this.mask = new long[n];
        this.talking = new boolean[n];
        this.critical = new boolean[n];
        this.voiceSum = new long[n];
        this.critics = new int[n];
        this.talkativeness = talkativeness;
        this.weightOfKind = weightOfKind;
        this.baseWeight = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int e = net.tiesFrom(i); e < net.tiesFrom(i + 1); e++) {
                sum += weightOfKind[net.tieKind(e)];
            }
            baseWeight[i] = sum;
        }
    }

    /**
     * Talkers for a single-brand market on an explicit network, no one talking yet; null where
     * they do not apply (several brands, or complete mixing, which has no ties).
     */
    static Talkers of(Network net, int brands, double strongWeight, float[] talkativeness) {
        if (brands != 1 || net.isComplete()) {
            return null;
        }
        return new Talkers(net, new double[] {1, strongWeight}, talkativeness);
    }

    /** Bytes per consumer these arrays take, for memory estimates. */
    static long bytesPerConsumer() {
        return Long.BYTES + 2 + Double.BYTES + Long.BYTES + Integer.BYTES;
    }

    /** How many consumers say anything this tick. */
    int count() {
        return count;
    }

    /** Whether consumer j's record this tick has anything in it. */
    boolean talking(int j) {
        return talking[j];
    }

    /** Whether consumer i's base ties fit its mask. */
    boolean covers(int i) {
        return net.tiesFrom(i + 1) - net.tiesFrom(i) <= MOST_TIES;
    }

    /** Whether consumer j's record saying anything, or anything bad, would change what {@link #set} keeps. */
    boolean changes(int j, boolean talks, boolean bad) {
        return critical[j] != bad || talking[j] != talks;
    }

    /**
     * Records whether consumer j's record this tick says anything, and anything bad; on a change,
     * flips j's bit in its contacts' masks and moves their sums and counts.
     */
    void set(int j, boolean talks, boolean bad) {
        // Small enough to inline into the speaking loop: most records change neither.
        if (critical[j] != bad) {
            flipCritical(j, bad);
        }
        if (talking[j] != talks) {
            flipTalking(j, talks);
        }
    }

    private void flipCritical(int j, boolean bad) {
        critical[j] = bad;
        int step = bad ? 1 : -1;
        for (int e = net.tiesFrom(j); e < net.tiesFrom(j + 1); e++) {
            int i = net.tieContact(e);
            critics[i] += step;
            if (bad && lulls != null) {
                lulls.wake(i);
            }
        }
    }

    private void flipTalking(int j, boolean talks) {
        talking[j] = talks;
        count += talks ? 1 : -1;
        for (int e = net.tiesFrom(j); e < net.tiesFrom(j + 1); e++) {
            int i = net.tieContact(e);
            if (covers(i)) {
                int tie = net.tieIndex(i, j);
                mask[i] ^= 1L << (tie - net.tiesFrom(i));
                long voice = voiceUnits(weightOfKind[net.tieKind(tie)], talkativeness[j]);
                voiceSum[i] += talks ? voice : -voice;
                if (talks && lulls != null) {
                    lulls.wake(i); // more to hear: a lull's bounds no longer hold (less leaves them holding)
                }
            }
        }
    }

    /** A talking contact's term of {@link #voiceSum}: the same whenever it is added or taken away. */
    static long voiceUnits(double weight, float talkativeness) {
        // A negative voice only lowers what is heard, so it adds nothing to a bound.
        return (long) Math.ceil(weight * Math.max(0f, talkativeness) * VOICE_UNIT);
    }
}
