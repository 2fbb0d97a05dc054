package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Reciprocity as goodwill (Palmatier, Jarvis, Bechkoff &amp; Kardes 2009): value a consumer received
 * from a brand beyond the exchange, which fades, and the bounded factor by which it raises what
 * the consumer gives back. One home for the formula, so that purchases, moves and talk agree.
 */
final class Goodwill {
    private Goodwill() {
    }

    /**
     * 1 + weight·tanh(g): never below 1 (goodwill only raises), at most 1 + weight; 1 with the
     * mechanism off. Multiplies purchase frequency, joining, advocacy and positive talk, and
     * divides churn.
     */
    static double factor(Mechanisms.Reciprocity r, double goodwill) {
        return r.enabled() && goodwill > 0 ? 1 + r.weight() * Math.tanh(goodwill) : 1;
    }

    /** The share of goodwill that is left after {@code weeks}: exp(−decay·weeks). */
    static double remaining(Mechanisms.Reciprocity r, double weeks) {
        return Math.exp(-r.decayRate() * weeks);
    }
}
