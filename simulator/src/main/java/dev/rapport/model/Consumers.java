package dev.rapport.model;

/**
 * The consumers' state as parallel arrays of primitives, one slot per consumer or per
 * (consumer, brand) pair at {@code i * brands + b}. A million consumers with one brand take about
 * 73 bytes each here, so the population fits in memory with room for the network.
 */
final class Consumers {
    static final byte FOLLOWER = 1;
    static final byte DEAL_ACQUIRED = 2;
    static final byte EVER_ACQUIRED = 4;
    static final byte CRISIS_AFFECTED = 8;
    /** Outside the market's potential: never buys in the category (set on every brand's pair). */
    static final byte OUT_OF_MARKET = 16;

    final int size;
    final int brands;

    // Per consumer.
    final byte[] segment;
    final float[] adSensitivity;
    final float[] priceSensitivity;
    final float[] socialSensitivity;
    final float[] talkativeness;
    /** Most a consumer's people would pay per purchase, in money per person. */
    final float[] willingnessToPay;

    // Per (consumer, brand).
    final byte[] stage;
    final byte[] stageAtTickStart;
    final float[] positive;
    final float[] negative;
    final float[] fit;
    /** Value received beyond the exchange, fading (see {@code mechanisms.reciprocity}). */
    final float[] goodwill;
    final float[] referencePrice;
    final byte[] flags;
    /**
     * The {@link Channel} code through which the pair was last acquired (written at adoption;
     * meaningful once {@link #EVER_ACQUIRED} is set), for value per acquisition channel.
     */
    final byte[] channel;
    /**
     * The consumer whose word won the pair (a referral's advocate, word of mouth's speaker), or -1:
     * the tie that holds a customer won by word of mouth while that contact still buys.
     */
    final int[] wonBy;
    final short[] referralDepth;
    final int[] acquiredTick;
    /** Weeks into the tick at which the pair last changed stage (read at the next tick's start). */
    final float[] movedAt;
    final float[] firstPurchaseWeek;
    final double[] discountedMargin;

    Consumers(int size, int brands) {
        this.size = size;
        this.brands = brands;
        segment = new byte[size];
        adSensitivity = new float[size];
        priceSensitivity = new float[size];
        socialSensitivity = new float[size];
        talkativeness = new float[size];
        willingnessToPay = new float[size];
        int pairs = Math.multiplyExact(size, brands);
        stage = new byte[pairs];
        stageAtTickStart = new byte[pairs];
        positive = new float[pairs];
        negative = new float[pairs];
        fit = new float[pairs];
        goodwill = new float[pairs];
        referencePrice = new float[pairs];
        flags = new byte[pairs];
        channel = new byte[pairs];
        referralDepth = new short[pairs];
        wonBy = new int[pairs];
        acquiredTick = new int[pairs];
        movedAt = new float[pairs];
        firstPurchaseWeek = new float[pairs];
        discountedMargin = new double[pairs];
        java.util.Arrays.fill(acquiredTick, -1);
        java.util.Arrays.fill(wonBy, -1);
    }

    /** Beta-reputation trust (r + 1) / (r + s + 2) of pair {@code p}. */
    double trust(int p) {
        return Reputation.trust(positive[p], negative[p]);
    }

    /**
     * Whether pair p, of brand b, was won by the word of a contact who is still an active customer
     * of the brand. (The brand is passed, not taken as p's remainder: a division for every
     * customer's tick.)
     */
    boolean bonded(int p, int b) {
        int j = wonBy[p];
        return j >= 0 && Stage.active(stage[j * brands + b]);
    }

    /** The brand consumer {@code i} is active with, or -1. */
    int activeBrand(int i) {
        int base = i * brands;
        for (int b = 0; b < brands; b++) {
            if (Stage.active(stage[base + b])) {
                return b;
            }
        }
        return -1;
    }

    /** Bytes per consumer of these arrays, for memory estimates. */
    static long bytesPerConsumer(int brands) {
        return 21L + brands * 52L;
    }
}
