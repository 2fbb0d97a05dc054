package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Process 4, trust's evidence between experiences: forgetting, and the negative evidence of bad
 * talk heard and of shouting ads. It runs for half a tick before a consumer's decisions and half
 * after, so that decisions see trust at mid-tick (the midpoint rule): with the whole tick's
 * evidence first, a coarse tick would judge every decision by the trust at the tick's end, and
 * weekly and daily ticks would disagree. Also the trust every decision reads.
 */
final class Evidence {
    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final double dt;
    private final Mechanisms.Trust trust;
    private final Mechanisms.WordOfMouth wom;
    private final Mechanisms.Advertising advertising;
    private final double halfDecay;
    private final ConsumerTick t;

    Evidence(MarketModel m, ConsumerTick t) {
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.dt = m.dt;
        this.trust = m.mech.trust();
        this.wom = m.mech.wordOfMouth();
        this.advertising = m.mech.advertising();
        this.halfDecay = Math.exp(-trust.forgettingRate() * dt / 2);
        this.t = t;
    }

    /** Half a tick of forgetting and of negative evidence for every brand consumer i knows. */
    void halfTick(int i) {
        if (!trust.enabled()) {
            return;
        }
        for (int b = 0; b < k; b++) {
            int p = i * k + b;
            if (c.stage[p] == Stage.UNAWARE_CODE) {
                // A pair the consumer never heard of gains no evidence; holding none, it keeps none.
                if (c.positive[p] != 0 || c.negative[p] != 0) {
                    c.positive[p] *= halfDecay;
                    c.negative[p] = (float) (c.negative[p] * halfDecay);
                }
                continue;
            }
            halfTick(i, p, b, wom.enabled() ? t.heardNegative(b) : 0, shouting(b));
        }
    }

    /**
     * {@link #halfTick} for active pair (i, b) of a single-brand market that hears no bad talk, under
     * ads that do not shout: the customer's half tick of a quiet tick settled at a kept bound
     * ({@link Lulls}), where it holds by the bound's terms.
     */
    void quietHalfTick(int i) {
        if (trust.enabled()) {
            halfTick(i, i, 0, 0, false);
        }
    }

    /** Half a tick of pair p (consumer i, brand b), aware of it, hearing {@code heardNegative}. */
    private void halfTick(int i, int p, int b, double heardNegative, boolean shouting) {
        // A pair holding no evidence that hears no bad talk and sees no shouting ads would only
        // write its zeros back: most aware consumers who never bought, on every half tick.
        if (c.positive[p] == 0 && c.negative[p] == 0 && heardNegative <= 0 && !shouting) {
            return;
        }
        c.positive[p] *= halfDecay;
        double neg = c.negative[p] * halfDecay;
        if (heardNegative > 0) {
            double weight = Stage.active(c.stage[p]) ? 1 : wom.unfamiliarNegativeWeight();
            neg += wom.negativeRate() * heardNegative * weight * dt / 2;
        }
        if (shouting) {
            neg += advertising.shoutingPenalty() * (brands[b].levers.tickPressure - advertising.shoutingThreshold())
                    * c.adSensitivity[i] * dt / 2;
        }
        c.negative[p] = (float) neg;
    }

    /** Whether brand b's ads press harder this tick than consumers bear, which costs it trust. */
    private boolean shouting(int b) {
        return shouting(advertising, brands[b].levers);
    }

    /** Whether a brand's ads, with this tick's {@code levers}, press harder than consumers bear. */
    static boolean shouting(Mechanisms.Advertising advertising, LeverEffects levers) {
        return advertising.enabled() && levers.tickPressure > advertising.shoutingThreshold();
    }

    /**
     * Whether half a tick leaves pair p (brand b) as it is, as it does most pairs of consumers who
     * never bought: it holds no evidence and, if the consumer has heard of the brand, sees no shouting
     * ads and hears no bad talk ({@code mayHearNegative} false).
     */
    boolean leaves(int p, int b, boolean mayHearNegative) {
        if (!trust.enabled()) {
            return true;
        }
        boolean none = c.positive[p] == 0 && c.negative[p] == 0;
        return none && (c.stage[p] == Stage.UNAWARE_CODE || !(wom.enabled() && mayHearNegative) && !shouting(b));
    }

    /**
     * {@link #trustOf} pair p once {@link #quietHalfTick} has run, without running it: the trust the
     * decisions of a customer's quiet tick read.
     */
    double trustAfterQuietHalfTick(int p) {
        return trust.enabled() ? Reputation.trust((float) (c.positive[p] * halfDecay), (float) (c.negative[p] * halfDecay)) : 0.5;
    }

    /** Trust of pair p as decisions see it: ½, neutral, with the trust mechanism off. */
    double trustOf(int p) {
        return trust.enabled() ? c.trust(p) : 0.5;
    }
}
