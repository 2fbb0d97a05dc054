package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Reciprocity as goodwill (Palmatier, Jarvis, Bechkoff &amp; Kardes 2009): value a consumer received
 * from a brand beyond the exchange, which fades, and the bounded factor by which it raises what the
 * consumer gives back. The process fades goodwill and adds the advocate programme's rewards, half a
 * tick before a consumer's decisions and half after, like trust's evidence; the factor is the one
 * home of the formula, so that purchases, moves and talk agree. A purchase at a fair price is a
 * balanced exchange and changes nothing here; referring others never lowers one's own buying.
 */
final class Goodwill {
    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final double dt;
    private final Mechanisms.AdvocateProgramme programme;
    private final Mechanisms.Reciprocity reciprocity;
    /** Share of goodwill left after half a tick. */
    private final double halfRemaining;

    Goodwill(MarketModel m) {
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.dt = m.dt;
        this.programme = m.mech.advocateProgramme();
        this.reciprocity = m.mech.reciprocity();
        this.halfRemaining = Math.exp(-m.mech.reciprocity().decayRate() * dt / 2);
    }

    /** Half a tick of fading, and of rewards for the advocates the programme covers, for consumer i. */
    void halfTick(int i) {
        for (int b = 0; b < k; b++) {
            int p = i * k + b;
            boolean rewarded = rewarded(p);
            if (c.goodwill[p] == 0 && !rewarded) {
                continue; // none to fade and none given: most pairs, on every half tick
            }
            double g = c.goodwill[p] * halfRemaining;
            if (rewarded) {
                g += programme.rewardGoodwill() * brands[b].levers.programmeCoverage * dt / 2;
            }
            c.goodwill[p] = (float) g;
        }
    }

    /** Whether the advocate programme rewards pair p this tick. */
    private boolean rewarded(int p) {
        return programme.enabled() && c.stage[p] == Stage.ADVOCATE_CODE;
    }

    /**
     * At least {@link #most} of pair p's goodwill in any later tick whose half ticks are all it lives
     * (a lull, {@link Lulls}): fading only lowers it, so now's, unless the programme rewards the pair.
     */
    double keptMost(int p) {
        return most(reciprocity, rewarded(p) ? 1 : c.goodwill[p]);
    }

    /** Whether half a tick leaves pair p's goodwill as it is: it holds none and is given none. */
    boolean leaves(int p) {
        return c.goodwill[p] == 0 && !rewarded(p);
    }

    /**
     * 1 + weight·tanh(g): never below 1 (goodwill only raises), at most 1 + weight; 1 with the
     * mechanism off. Multiplies purchase frequency, joining, advocacy and positive talk, and
     * divides churn.
     */
    static double factor(Mechanisms.Reciprocity r, double goodwill) {
        return r.enabled() && goodwill > 0 ? 1 + r.weight() * StrictTanh.tanh(goodwill) : 1;
    }

    /** At least {@link #factor}, without its tanh: tanh(g) never exceeds g or 1. */
    static double most(Mechanisms.Reciprocity r, double goodwill) {
        return r.enabled() && goodwill > 0 ? 1 + r.weight() * Math.min(1, goodwill) : 1;
    }
}
