package dev.rapport.model;

/**
 * What the decision processes share while they handle one consumer in one tick: what it heard
 * about each brand, when each brand became a trial candidate, and the consumer's own random
 * stream. One instance serves every consumer in turn (plain arrays, one slot per brand), so the
 * per-consumer loop allocates nothing.
 *
 * <p>What the consumer heard is either handed over, heard ahead ({@link #hear}), or listened for
 * the first time a process asks for it ({@link #listenWhenAsked}): most consumer-ticks decide
 * nothing, and the bounds that show it need only a bound on what was heard ({@link #mostPositive},
 * {@link #mostProof}, {@link #mostTribe}), which {@link Hearing} keeps without listening. Every
 * exact value is read through its method, which listens first if need be, so a process cannot read
 * what another consumer heard; either way every decision sees the same values, and results are the
 * same to the bit.
 */
final class ConsumerTick {
    /** The consumer's stream for the tick; see {@link StreamRandom}. */
    final StreamRandom rng = new StreamRandom();

    // What the consumer heard this tick, per brand (see Hearing), once it has.
    private final double[] heardPositive;
    private final double[] heardAdvocate;
    private final double[] heardNegative;
    /** Share of contacts who are the brand's customers (social proof). */
    private final double[] proofShare;
    /** Share of contacts in the brand's tribe (members and advocates; a rival's pull). */
    private final double[] tribeShare;
    /**
     * When in the tick each brand became a trial candidate for the consumer at hand: 0 from the
     * start, the time it heard of the brand, or +∞ if it still has not (awareness already drawn).
     */
    final double[] since;

    /** The tick under way, and its week. */
    int tick;
    double week;
    /**
     * Whether the consumer at hand is decided out of order ({@link Decider#alone}): {@link Trial}
     * then holds back an adoption and {@link CustomerLife} a customer's event, before anything of it
     * is written, for the consumer to be decided again in order.
     */
    boolean outOfOrder;

    /** Whether the arrays above hold what the consumer at hand heard. */
    private boolean heard;
    /** Listens for the consumer at hand when first asked (null while it is heard ahead). */
    private Hearing listener;
    private int consumer;
    private final double[] listened;
    // Bounds on what the consumer at hand hears, from its listener, while it is not heard; those on
    // the voices are asked of the listener when needed (a customer's tick never needs them).
    private double mostShare;
    private boolean noBadTalk;

    ConsumerTick(int brands) {
        heardPositive = new double[brands];
        heardAdvocate = new double[brands];
        heardNegative = new double[brands];
        proofShare = new double[brands];
        tribeShare = new double[brands];
        since = new double[brands];
        listened = new double[Hearing.FIELDS * brands];
    }

    /**
     * Writes what the consumer at hand heard to {@code out[at ..]} as {@link Hearing} lays it out, if
     * it has been heard; returns whether it had. {@link #hear} of what it wrote gives the same values.
     */
    boolean keepHeard(double[] out, int at) {
        if (!heard) {
            return false;
        }
        int k = heardPositive.length;
        for (int b = 0; b < k; b++) {
            out[at + Hearing.POSITIVE * k + b] = heardPositive[b];
            out[at + Hearing.ADVOCATE * k + b] = heardAdvocate[b];
            out[at + Hearing.NEGATIVE * k + b] = heardNegative[b];
            out[at + Hearing.PROOF * k + b] = proofShare[b];
            out[at + Hearing.TRIBE * k + b] = tribeShare[b];
        }
        return true;
    }

    /** Takes what the consumer at hand heard, from {@code heard[at ..]} as {@link Hearing} wrote it. */
    void hear(double[] heard, int at) {
        int k = heardPositive.length;
        for (int b = 0; b < k; b++) {
            heardPositive[b] = heard[at + Hearing.POSITIVE * k + b];
            heardAdvocate[b] = heard[at + Hearing.ADVOCATE * k + b];
            heardNegative[b] = heard[at + Hearing.NEGATIVE * k + b];
            proofShare[b] = heard[at + Hearing.PROOF * k + b];
            tribeShare[b] = heard[at + Hearing.TRIBE * k + b];
        }
        this.heard = true;
        this.listener = null;
    }

    /**
     * Makes consumer i the one at hand, to be listened for with {@code hearing} when first asked
     * what it heard; at once if {@code hearing} keeps no bounds for it.
     */
    void listenWhenAsked(Hearing hearing, int i) {
        this.heard = false;
        this.listener = hearing;
        this.consumer = i;
        if (!hearing.bounded(i)) {
            listenNow();
            return;
        }
        mostShare = hearing.mostShare(i);
        noBadTalk = !hearing.mayHearNegative(i);
    }

    /** Whether the most-methods give bounds, the consumer at hand not heard yet. */
    boolean bounding() {
        return !heard;
    }

    /** Listens for the consumer at hand now, if it has not been heard, so that the most-methods give what it heard. */
    void listenNow() {
        if (!heard) {
            listener.listen(consumer, listened, 0);
            hear(listened, 0);
        }
    }

    /** Positive voice heard about brand b (see {@link Hearing}). */
    double heardPositive(int b) {
        listenNow();
        return heardPositive[b];
    }

    /** The advocates' part of {@link #heardPositive} (referral). */
    double heardAdvocate(int b) {
        listenNow();
        return heardAdvocate[b];
    }

    /** Negative voice heard about brand b: 0 without listening when no contact says anything bad. */
    double heardNegative(int b) {
        if (!heard && noBadTalk) {
            return 0;
        }
        listenNow();
        return heardNegative[b];
    }

    /** Share of contacts who are brand b's customers (social proof). */
    double proofShare(int b) {
        listenNow();
        return proofShare[b];
    }

    /** Share of contacts in brand b's tribe (members and advocates). */
    double tribeShare(int b) {
        listenNow();
        return tribeShare[b];
    }

    /**
     * At least {@link #heardPositive}: the value once heard; before, a bound on any part of it
     * too (its advocates', the rest), from {@link Hearing#mostPositive}.
     */
    double mostPositive(int b) {
        return heard ? heardPositive[b] : listener.mostPositive(consumer);
    }

    /**
     * With {@link #mostRestVoice}, a pair of bounds on the advocates' part of {@link #heardPositive}
     * and the rest: the advocates' part is at most this, and the whole at most the two summed, so
     * anything that grows with each part, and with the advocates' at least as fast, is at most its
     * value at the pair. Before hearing, what the tribe and the customers say at most
     * ({@link Hearing#mostTribeVoice}, {@link Hearing#mostCustomerVoice}); after, the parts.
     */
    double mostAdvocateVoice(int b) {
        return heard ? heardAdvocate[b] : listener.mostTribeVoice(consumer);
    }

    /** The other half of {@link #mostAdvocateVoice}'s pair. */
    double mostRestVoice(int b) {
        return heard ? heardPositive[b] - heardAdvocate[b] : listener.mostCustomerVoice(consumer);
    }

    /** At least {@link #proofShare}: the value once heard. */
    double mostProof(int b) {
        return heard ? proofShare[b] : mostShare;
    }

    /** At least {@link #tribeShare}: the value once heard. */
    double mostTribe(int b) {
        return heard ? tribeShare[b] : mostShare;
    }
}
