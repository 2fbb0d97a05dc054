package dev.rapport.model;

import java.util.Arrays;

/**
 * Standing bounds that let a passer-by ({@link Decider#passesBy}) be settled in later ticks from
 * its draws alone, without reading its state or its contacts' sums: most consumers of most ticks,
 * in a single-brand market on an explicit network where consumers hear of brands (awareness on; with
 * it off the only passers-by are those aware from the start, too few to repay the bounds' upkeep).
 *
 * <p>A passer-by's tick writes nothing, and whether a later one does turns on three things. Its own
 * state (no evidence, no goodwill, aware or unaware, no bad talk around it, no tie added) changes
 * only in its own tick or in a few processes that {@link #wake} it when they do: a contact who starts
 * to talk, to criticise or to speak as the tribe ({@link Talkers}), a paid follow ({@link PlanStep}),
 * a crisis ({@link EventStep}). (The community adds ties between members only, who are customers and
 * so keep no bound: a customer's tick is decided in full, which ends any bound.) The bounds on what it
 * can hear grow only with its talking contacts (those same wake-ups) and with four of the brand's
 * values that move from tick to tick: the ads' effect, the advocate programme's coverage and the
 * loudest voices, any record's and outside the tribe. And its draws are a pure function of (run,
 * tick, consumer). So when a consumer passes by, {@link Decider} works out its bound with those four
 * values at caps and keeps it here; in each later tick {@link Decider#sieve} draws its first draws
 * and, when they outlast the kept bound as {@link Decider#passesBy} tests them, settles its tick
 * without a look. Anything else ends the bound, and the consumer is looked at in full.
 *
 * <p>{@link #beginTick} checks each tick's values against the caps. When one exceeds its cap (the
 * caps then move to {@link #HEADROOM} times the values), when a discount runs or ads shout, and
 * on ticks when consumers are heard ahead rather than when asked, every bound ends. A tick settled
 * at a kept bound is therefore one that {@link Decider#passesBy} would settle, with the same draws,
 * and settling it so changes no bit.
 */
final class Lulls {
    /** The caps' headroom over the values of the tick that sets them. */
    private static final double HEADROOM = 1.25;

    /**
     * Per consumer, its kept bound: a trial hazard at its own attraction for an aware consumer
     * ({@link Trial#mostAttracted}), a rate of hearing of the brand for an unaware one, rounded up to
     * a float (a bound still, in half the memory); NaN for none.
     */
    private final float[] standing;
    /** Whether bounds may be kept and used this tick. */
    private boolean open;
    private double adEffectCap = -1;
    private double coverageCap = -1;
    private double loudestCap = -1;
    private double loudestCustomerCap = -1;

    /** Lulls for a market of {@code size} consumers, none with a bound. */
    Lulls(int size) {
        standing = new float[size];
        Arrays.fill(standing, Float.NaN);
    }

    /** Bytes per consumer the kept bounds take, for memory estimates. */
    static long bytesPerConsumer() {
        return Float.BYTES;
    }

    /** Consumer i's kept bound, NaN for none. */
    double standing(int i) {
        return standing[i];
    }

    /** Keeps {@code bound} for consumer i, worked out at the caps, rounded up to a float. */
    void stand(int i, double bound) {
        float kept = (float) bound;
        standing[i] = kept < bound ? Math.nextUp(kept) : kept;
    }

    /** Ends consumer i's bound: something it assumed has changed, or may change in its tick. */
    void wake(int i) {
        standing[i] = Float.NaN;
    }

    /** Ends every bound. */
    void wakeAll() {
        Arrays.fill(standing, Float.NaN);
    }

    /**
     * Starts a tick of brand {@code levers} with the loudest voice {@code loudest}, and
     * {@code loudestCustomer} outside the tribe; {@code shouting} is whether its ads shout,
     * {@code asked} whether consumers are listened for when asked.
     */
    void beginTick(LeverEffects levers, double loudest, double loudestCustomer, boolean shouting, boolean asked) {
        if (!asked || shouting || levers.discountDepth > 0) {
            if (open) {
                wakeAll();
            }
            open = false;
            adEffectCap = -1;
            return;
        }
        if (levers.adEffect > adEffectCap || levers.programmeCoverage > coverageCap || loudest > loudestCap
                || loudestCustomer > loudestCustomerCap) {
            wakeAll();
            adEffectCap = HEADROOM * levers.adEffect;
            coverageCap = HEADROOM * levers.programmeCoverage;
            loudestCap = HEADROOM * loudest;
            loudestCustomerCap = HEADROOM * loudestCustomer;
        }
        open = true;
    }

    /** Whether bounds may be kept and used this tick. */
    boolean open() {
        return open;
    }

    /** The most the ads' effect can be in any tick a bound kept now is used. */
    double adEffectCap() {
        return adEffectCap;
    }

    /** The most the advocate programme's coverage can be in any tick a bound kept now is used. */
    double coverageCap() {
        return coverageCap;
    }

    /** The most the loudest voice per unit of talkativeness can be in any tick a bound kept now is used. */
    double loudestCap() {
        return loudestCap;
    }

    /** The most the loudest voice outside the tribe can be in any tick a bound kept now is used. */
    double loudestCustomerCap() {
        return loudestCustomerCap;
    }
}
