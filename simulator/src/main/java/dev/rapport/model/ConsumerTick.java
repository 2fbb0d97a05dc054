package dev.rapport.model;

/**
 * What the decision processes share while they handle one consumer in one tick: what it heard
 * about each brand, when each brand became a trial candidate, and the consumer's own random
 * stream. One instance serves every consumer in turn (plain arrays, one slot per brand), so the
 * per-consumer loop allocates nothing.
 */
final class ConsumerTick {
    /** The consumer's stream for the tick; see {@link StreamRandom}. */
    final StreamRandom rng = new StreamRandom();

    // What the consumer heard this tick, per brand (see Hearing).
    final double[] heardPositive;
    final double[] heardAdvocate;
    final double[] heardNegative;
    /** Share of contacts who are the brand's customers (social proof). */
    final double[] proofShare;
    /** Share of contacts in the brand's tribe (members and advocates; a rival's pull). */
    final double[] tribeShare;
    /**
     * When in the tick each brand became a trial candidate for the consumer at hand: 0 from the
     * start, the time it heard of the brand, or +∞ if it still has not (awareness already drawn).
     */
    final double[] since;

    /** The tick under way, and its week. */
    int tick;
    double week;

    ConsumerTick(int brands) {
        heardPositive = new double[brands];
        heardAdvocate = new double[brands];
        heardNegative = new double[brands];
        proofShare = new double[brands];
        tribeShare = new double[brands];
        since = new double[brands];
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
    }
}
