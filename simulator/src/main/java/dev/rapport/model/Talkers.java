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
 * ties name the listeners), each thread of a run flipping those of the contacts in its range.
 *
 * <p>Bit {@code n} of {@code mask[i]} stands for i's tie {@code tiesFrom(i) + n}; consumers with
 * more than {@link #MOST_TIES} base ties have no mask and are listened for in full. Ties added
 * during the run are read directly ({@link Hearing}).
 *
 * <p>Kept the same way, at the same flips, for what bounds a consumer's hearing without listening
 * ({@link Hearing#mostPositive}): the talkativeness its talking contacts speak with, weighted by the
 * tie and summed in fixed point rounded up (integers, so that adding and taking away a contact
 * leaves no rounding behind), the part of it that the tribe's members and advocates speak with
 * (whose voice may be many times a customer's, so the two parts are bounded apart), and how many
 * of its contacts say anything bad. A contact joins or leaves the tribe's part when it moves up or
 * down a stage, which is rarer still.
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
    /** Whether each consumer's record this tick is the tribe's ({@link ConversationStep#inTribe}). */
    private final boolean[] inTribe;
    /** Units of {@link #voiceSum} per unit of tie weight times talkativeness. */
    static final double VOICE_UNIT = 0x1p32;
    /**
     * Per consumer covered by a mask, its talking contacts' talkativeness times the tie's weight,
     * each term in units of 1/{@link #VOICE_UNIT} rounded up: at least the exact sum.
     */
    final long[] voiceSum;
    /** Per consumer covered by a mask, the part of {@link #voiceSum} its talking contacts in the tribe add. */
    final long[] tribeVoiceSum;
    /** Per consumer, how many of its contacts (base ties and ties added during the run) say something bad this tick. */
    final int[] critics;
    private final float[] talkativeness;
    private final double[] weightOfKind;
    /** Lulls that a contact who starts to talk or to criticise ends or has worked out again ({@link Lulls#louder}), or null. */
    Lulls lulls;
    /** How many consumers' records have anything in them. */
    private int count;
    /**
     * Each consumer's base ties' weights summed in its ties' order: what listening to every
     * contact adds up in fraction mode, the silent ones included.
     */
    final double[] baseWeight;

    /**
     * Per base tie of j to contact i, the bit of i's mask that stands for j (the place of i's tie
     * back to j among i's ties), or −1 where i has no mask: so that a consumer who starts or stops
     * talking finds its bit in each contact's mask without searching the contact's ties.
     */
    private final byte[] mirror;

    private Talkers(Network net, double[] weightOfKind, float[] talkativeness) {
        this.net = net;
        int n = net.size();
        this.mirror = mirror(net);
        this.mask = new long[n];
        this.talking = new boolean[n];
        this.critical = new boolean[n];
        this.inTribe = new boolean[n];
        this.voiceSum = new long[n];
        this.tribeVoiceSum = new long[n];
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
     * The bits of {@link #mirror}, in one pass over the ties. Each consumer's contacts are sorted and
     * every tie is listed at both ends, so walking the consumers j in order reaches each contact i's
     * ties back in i's own order: the n-th time i is met, it is through its n-th tie.
     */
    private static byte[] mirror(Network net) {
        int n = net.size();
        byte[] mirror = new byte[net.tiesFrom(n)];
        int[] met = new int[n];
        for (int j = 0; j < n; j++) {
            for (int e = net.tiesFrom(j); e < net.tiesFrom(j + 1); e++) {
                int i = net.tieContact(e);
                int bit = met[i]++;
                mirror[e] = (byte) (net.tiesFrom(i + 1) - net.tiesFrom(i) <= MOST_TIES ? bit : -1);
            }
        }
        return mirror;
    }

    /** The bit of contact i's mask that stands for j, where e is j's base tie to i (for tests). */
    int mirrorBit(int e) {
        return mirror[e];
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
        return Long.BYTES + 3 + Double.BYTES + 2 * Long.BYTES + Integer.BYTES;
    }

    /** Bytes per end of a base tie these arrays take ({@link #mirror}), for memory estimates. */
    static long bytesPerTieEnd() {
        return Byte.BYTES;
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

    /**
     * Whether consumer j's record saying anything, anything bad, or being the tribe's
     * ({@code tribe}) would change what {@link #set} keeps.
     */
    boolean changes(int j, boolean talks, boolean bad, boolean tribe) {
        return critical[j] != bad || talking[j] != talks || inTribe[j] != tribe;
    }

    /**
     * Moves what consumer j's contacts numbered {@code from} to {@code to} (excluded) keep of it to its
     * record this tick, which says anything ({@code talks}), anything bad ({@code bad}) and is the
     * tribe's ({@code tribe}) or not: flips j's bit in their masks and moves their sums and counts.
     * It writes only those contacts' entries, as integers and bits, so the ranges can be moved by
     * different threads and in any order with the same result; j's own bits move after every range
     * has ({@link #keep}).
     */
    void hear(int j, boolean talks, boolean bad, boolean tribe, int from, int to) {
        int criticStep = Boolean.compare(bad, critical[j]);
        boolean flips = talking[j] != talks;
        // The tribe's part counts a contact that talks and is the tribe's.
        int tribeStep = Boolean.compare(talks && tribe, talking[j] && inTribe[j]);
        if (criticStep == 0 && !flips && tribeStep == 0) {
            return;
        }
        // Something bad to hear, more to hear, or more of it from the tribe: a lull's bounds no
        // longer hold (less, or the same moved to the customers' part, whose voice is never the
        // louder, leaves them holding).
        boolean louder = criticStep > 0 || talks && flips || tribeStep > 0;
        // A tie weighs the same at both ends, so j's term in its contacts' sums is one of two.
        long weakVoice = voiceUnits(weightOfKind[0], talkativeness[j]);
        long strongVoice = voiceUnits(weightOfKind[1], talkativeness[j]);
        for (int e = net.tiesFrom(j); e < net.tiesFrom(j + 1); e++) {
            int i = net.tieContact(e);
            if (i < from || i >= to) {
                continue;
            }
            if (criticStep != 0) {
                critics[i] += criticStep;
            }
            int bit = mirror[e];
            if (bit >= 0 && (flips || tribeStep != 0)) {
                long voice = net.tieKind(e) == 0 ? weakVoice : strongVoice;
                if (flips) {
                    mask[i] ^= 1L << bit;
                    voiceSum[i] += talks ? voice : -voice;
                }
                if (tribeStep != 0) {
                    tribeVoiceSum[i] += tribeStep * voice;
                }
            }
            if (louder && lulls != null) {
                lulls.louder(i);
            }
        }
        // Contacts by ties added during the run are heard outside the masks, but their critics are
        // counted too, so that a customer with such ties hears no bad talk while its count is 0.
        for (int n = 0, added = net.addedCount(j); n < added; n++) {
            int i = net.addedContact(j, n);
            if (i < from || i >= to) {
                continue;
            }
            critics[i] += criticStep;
            if (louder && lulls != null) {
                lulls.louder(i);
            }
        }
    }

    /**
     * Visits consumer i's contacts as {@link Network#forEachContact} does, in its order, but passes
     * over the base contacts whose record this tick says nothing: a walk that sums what contacts
     * say gets the same sums, to the bit, from the contacts who talk.
     */
    void forEachTalkingContact(int i, Network.ContactVisitor visitor) {
        if (!covers(i)) {
            net.forEachContact(i, visitor);
            return;
        }
        int from = net.tiesFrom(i);
        for (long bits = mask[i]; bits != 0; bits &= bits - 1) {
            int e = from + Long.numberOfTrailingZeros(bits);
            visitor.visit(net.tieContact(e), net.tieStrong(e));
        }
        for (int n = 0, added = net.addedCount(i); n < added; n++) {
            visitor.visit(net.addedContact(i, n), true);
        }
    }

    /**
     * A tie added between consumers a and b (an introduction): each counts the other among its
     * critics if its record this tick has anything bad in it, as {@link #hear} would have.
     */
    void introduce(int a, int b) {
        critics[a] += critical[b] ? 1 : 0;
        critics[b] += critical[a] ? 1 : 0;
    }

    /** Records that consumer j's record this tick says anything, anything bad, and is the tribe's, once its contacts have heard it ({@link #hear}). */
    void keep(int j, boolean talks, boolean bad, boolean tribe) {
        if (talking[j] != talks) {
            count += talks ? 1 : -1;
        }
        talking[j] = talks;
        critical[j] = bad;
        inTribe[j] = tribe;
    }

    /** A talking contact's term of {@link #voiceSum}: the same whenever it is added or taken away. */
    static long voiceUnits(double weight, float talkativeness) {
        // A negative voice only lowers what is heard, so it adds nothing to a bound.
        return (long) Math.ceil(weight * Math.max(0f, talkativeness) * VOICE_UNIT);
    }
}
