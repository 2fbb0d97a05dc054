package dev.rapport.model;

import java.util.Arrays;

/**
 * Standing bounds that let a consumer's tick be settled in later ticks from its first draws alone,
 * without reading its state or its contacts' sums: a passer-by's ({@link Decider#passesBy}), most
 * consumers of most ticks, and a customer's quiet tick, most customers of most ticks; in a
 * single-brand market on an explicit network. Passers-by keep bounds only where consumers hear of
 * brands (awareness on): with it off every non-customer is a trial candidate from the start whose
 * bound ends within a tick or two as its contacts adopt (a Bass market), and the bounds cost more
 * than they save; customers keep theirs either way.
 *
 * <p>A passer-by's tick writes nothing, and whether a later one does turns on three things. Its own
 * state (no evidence, no goodwill, aware or unaware, no bad talk around it, no tie added) changes
 * only in its own tick or in a few processes that {@link #wake} it when they do: a contact who starts
 * to talk, to criticise or to speak as the tribe ({@link Talkers}), a paid follow ({@link PlanStep}),
 * a crisis ({@link EventStep}), an introduction ({@link CommunityStep}). The bounds on what it can
 * hear grow only with its talking contacts (those same wake-ups) and with four of the brand's
 * values that move from tick to tick: the ads' effect, the advocate programme's coverage and the
 * loudest voices, any record's and outside the tribe. And its draws are a pure function of (run,
 * tick, consumer). So when a consumer passes by, {@link Decider} works out its bound with those four
 * values at caps and keeps it here; in each later tick {@link Decider#sieve} draws its first draws
 * and, when they outlast the kept bound as {@link Decider#passesBy} tests them, settles its tick
 * without a look. Anything else ends the bound, and the consumer is looked at in full.
 *
 * <p>A customer's quiet tick writes only its own evidence, goodwill and reference price, by rules
 * that read nothing else when no one around it says anything bad and the ads do not shout; the
 * bound on its hazards that shows a tick quiet ({@link CustomerLife#keptQuiet}) holds at any later
 * state those writes lead to, at trust clear of the thresholds below which it may step back or
 * turn detractor (checked each tick), and at caps on three of the brand's values: the ads' effect,
 * the programme's coverage and the deliveries per customer. Those caps are the customers' own, and
 * come down as well as up, since a customer's hazards are high enough for a loose bound to cost.
 * The bound reads nothing but the customer's own state, its contacts' sums and the caps, so it is
 * worked out when next sieved ({@link #LATER}), by whichever worker sieves it: after a tick decided
 * in full, and, rather than ended, when the customers' caps move or a contact starts to talk
 * ({@link #louder}). Ties added by introductions count as talking contacts in it.
 *
 * <p>{@link #beginTick} checks each tick's values against the caps. When a discount runs or ads
 * shout, and on ticks when consumers are heard ahead rather than when asked, every bound ends.
 * When a value exceeds one of the passers-by's caps (the caps then move to {@link #HEADROOM}
 * times the values), the passers-by's bounds end; when a value passes one of the customers' caps
 * or falls far below it, the customers' bounds are worked out again. A tick settled at a kept
 * bound is therefore one that {@link Decider#decide} would settle, with the same draws, and
 * settling it so changes no bit.
 */
final class Lulls {
    /** The caps' headroom over the values of the tick that sets them. */
    private static final double HEADROOM = 1.25;
    /** A customers' cap this low is not brought down ({@link #fallen}): a rate per week, an ads' effect, a coverage. */
    private static final double NOTICED = 0.02;

    /**
     * Per consumer, its kept bound: a trial hazard at its own attraction for an aware consumer
     * ({@link Trial#mostAttracted}), a rate of hearing of the brand for an unaware one, a customer's
     * summed hazards ({@link CustomerLife#keptQuiet}), rounded up to a float (a bound still, in half
     * the memory); NaN for none; {@link #LATER} for a customer's to be worked out when next sieved.
     */
    private final float[] standing;
    /**
     * A customer's bound to be worked out when it is next sieved ({@link Decider#sieve}), from its
     * state and the caps then: what a customer's tick decided in full leaves, so that the bound is
     * worked out by whichever worker sieves it (in parallel), only for ticks that test it, and at caps
     * that may have moved since. Below every bound (bounds are hazards, never negative).
     */
    static final float LATER = -1f;

    /** Whether bounds may be kept and used this tick. */
    private boolean open;
    private double adEffectCap = -1;
    private double coverageCap = -1;
    private double loudestCap = -1;
    private double loudestCustomerCap = -1;
    // Customers' caps, apart: see beginTick.
    private double customerAdEffectCap = -1;
    private double customerCoverageCap = -1;
    private double deliveryCap = -1;

    /** Each consumer's stage (single-brand markets: one pair per consumer), to tell customers' bounds apart. */
    private final byte[] stage;
    /** Whether passers-by keep bounds, or customers only (see the class comment). */
    private final boolean passersBy;

    /**
     * Lulls for a market of consumers in stages {@code stage} (one brand), none with a bound; kept
     * for passers-by too if {@code passersBy}, else for customers only.
     */
    Lulls(byte[] stage, boolean passersBy) {
        this.stage = stage;
        this.passersBy = passersBy;
        standing = new float[stage.length];
        Arrays.fill(standing, Float.NaN);
    }

    /** Bytes per consumer the kept bounds take, for memory estimates. */
    static long bytesPerConsumer() {
        return Float.BYTES;
    }

    /** Whether passers-by keep bounds ({@link Decider#passesBy}), or customers only. */
    boolean keepsPassersBy() {
        return passersBy;
    }

    /** Consumer i's kept bound, NaN for none, {@link #LATER} for a customer's to be worked out. */
    double standing(int i) {
        return standing[i];
    }

    /** Keeps {@code bound} for consumer i, worked out at the caps, rounded up to a float. */
    void stand(int i, double bound) {
        float kept = (float) bound;
        standing[i] = kept < bound ? Math.nextUp(kept) : kept;
    }

    /** Marks customer i's bound to be worked out when it is next sieved ({@link #LATER}). */
    void standLater(int i) {
        standing[i] = LATER;
    }

    /**
     * A contact of consumer i starts to talk, to criticise or to speak as the tribe: a passer-by's
     * bound ends; a customer's, which reads its contacts' sums only when worked out, is worked out
     * again from the new sums when next sieved ({@link #LATER}).
     */
    void louder(int i) {
        if (Stage.active(stage[i]) && !Float.isNaN(standing[i])) {
            standing[i] = LATER;
        } else {
            standing[i] = Float.NaN;
        }
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
            // Passers-by's bounds end; customers' stand, kept at caps of their own (below).
            for (int i = 0; i < stage.length; i++) {
                if (!Stage.active(stage[i])) {
                    standing[i] = Float.NaN;
                }
            }
            adEffectCap = HEADROOM * levers.adEffect;
            coverageCap = HEADROOM * levers.programmeCoverage;
            loudestCap = HEADROOM * loudest;
            loudestCustomerCap = HEADROOM * loudestCustomer;
        }
        // A passer-by's hazard is small, so a loose cap costs it little, and its caps move only when a
        // value rises past one (all four then move to the tick's values with headroom, the others
        // perhaps down: keeping each at its most instead, or at twice the value, measured no gain).
        // A customer's is not (a purchase every few weeks), so its caps also come down when a value
        // falls well below them (deliveries per customer fall as the customers grow; ads fade), and
        // moving them touches customers' bounds alone. A customer's bound reads nothing but its own
        // state, its contacts' sums and the caps, so one kept at the old caps is worked out again
        // at the new when next sieved, not ended.
        if (levers.adEffect > customerAdEffectCap || levers.programmeCoverage > customerCoverageCap
                || levers.deliveryRate > deliveryCap || fallen(customerAdEffectCap, levers.adEffect)
                || fallen(customerCoverageCap, levers.programmeCoverage) || fallen(deliveryCap, levers.deliveryRate)) {
            for (int i = 0; i < stage.length; i++) {
                if (Stage.active(stage[i]) && !Float.isNaN(standing[i])) {
                    standing[i] = LATER;
                }
            }
            customerAdEffectCap = HEADROOM * levers.adEffect;
            customerCoverageCap = HEADROOM * levers.programmeCoverage;
            deliveryCap = HEADROOM * levers.deliveryRate;
        }
        open = true;
    }

    /**
     * Whether a customers' cap stands well above its value: past the headroom twice over, and by more
     * than {@link #NOTICED} (ads faded to nothing, say, move a customer's hazard too little to repay
     * waking every customer).
     */
    private static boolean fallen(double cap, double value) {
        return cap > HEADROOM * HEADROOM * value && cap > NOTICED;
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

    /** The most the value-delivery rate can be in any tick a customer's bound kept now is used. */
    double deliveryCap() {
        return deliveryCap;
    }

    /** The most the ads' effect can be in any tick a customer's bound kept now is used. */
    double customerAdEffectCap() {
        return customerAdEffectCap;
    }

    /** The most the advocate programme's coverage can be in any tick a customer's bound kept now is used. */
    double customerCoverageCap() {
        return customerCoverageCap;
    }

    /** The most the loudest voice outside the tribe can be in any tick a bound kept now is used. */
    double loudestCustomerCap() {
        return loudestCustomerCap;
    }
}
