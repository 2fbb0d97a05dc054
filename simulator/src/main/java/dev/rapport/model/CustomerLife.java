package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Process 5c/5d for an active customer: its part of a tick, simulated event by event
 * (Gillespie). Purchases, value deliveries and stage moves race as competing hazards at the trust
 * and stage of the moment, so a purchase that tips trust below a threshold exposes the pair to
 * detraction for the rest of the span only, a pair that lapses buys nothing after it, and a
 * member's uplift starts when it joins: what happens within a tick does not depend on how long
 * the tick is. {@link Purchases} books the purchases and deliveries, {@link StageMoves} owns the
 * moves' hazards.
 */
final class CustomerLife {
    /** Most stage moves an active pair makes within one tick (joins and step-backs chain). */
    private static final int MOST_MOVES = 4;
    /**
     * What {@link #live} returns for a tick it held back ({@link ConsumerTick#outOfOrder}): any tick
     * its bound does not show quiet, before anything is bought, delivered or moved. A quiet tick
     * writes only the pair's own reference price and reads nothing another consumer's tick writes.
     */
    static final double HELD = -1;

    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final double dt;
    private final Mechanisms.Price price;
    private final Mechanisms.Reciprocity reciprocity;
    private final boolean retentionFirst;
    private final double referenceStep;
    private final Purchases purchases;
    private final StageMoves moves;
    private final Evidence evidence;
    private final ConsumerTick t;
    CustomerLife(MarketModel m, ConsumerTick t, Evidence evidence, Purchases purchases, StageMoves moves) {
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.dt = m.dt;
        this.price = m.mech.price();
        this.reciprocity = m.mech.reciprocity();
        this.retentionFirst = m.mech.churn().timing() == Mechanisms.Churn.Timing.BEFORE_PURCHASES;
        this.referenceStep = -Math.expm1(-price.referenceLearningRate() * dt);
        this.purchases = purchases;
        this.moves = moves;
        this.evidence = evidence;
        this.t = t;
    }

    /**
     * Active pair (i, b) over {@code span} weeks of the tick. With {@code churn.timing:
     * before_purchases} the span's move comes first, at the trust of its start (a retention
     * decision per period, as in the textbook CLV). Returns the week of the tick at which the pair
     * stopped being active, or dt if it still is.
     */
    double live(int i, int b, double span) {
        if (t.outOfOrder && retentionFirst) {
            return HELD;
        }
        int p = i * k + b;
        BrandState brand = brands[b];
        learnReferencePrice(p, b, span);
        if (retentionFirst) {
            return retentionFirst(i, b, span, Goodwill.factor(reciprocity, c.goodwill[p]));
        }
        // Most customers have no event in a short tick. The span's hazards at their most (goodwill's
        // factor, price's and trust's at their highest; see Purchases.mostRate, StageMoves.mostHazard)
        // bound its summed hazard, and a first draw past that bound shows that nothing happens
        // without goodwill's tanh or the exponentials; a billionth more covers rounding.
        double first = t.rng.nextDouble();
        if (quiet(i, b, first, span)) {
            t.rng.skip(1);
            return dt;
        }
        if (t.outOfOrder) {
            return HELD;
        }
        // Every hazard of the span uses the goodwill of its start.
        double recip = Goodwill.factor(reciprocity, c.goodwill[p]);
        double elapsed = 0;
        // The pair's latest hazards: after MOST_MOVES moves no move races, and a draw can only fall
        // among the moves by rounding, when the last hazards decide it.
        StageMoves.Hazards h = null;
        for (int moved = 0; ; ) {
            double buying = purchases.rate(i, p, recip);
            double giving = brand.levers.deliveryRate;
            double moving = 0;
            if (moved < MOST_MOVES) {
                h = moves.hazards(i, b, recip, evidence.trustOf(p));
                moving = h.total();
            }
            double total = buying + giving + moving;
            double u = Double.isNaN(first) ? t.rng.nextDouble() : first;
            first = Double.NaN;
            // Most customers have no event in a short tick; that needs neither the logarithm nor
            // the draw of which event (passed over, not made) to see.
            if (total <= 0 || StreamRandom.waitOutlasts(u, total, span - elapsed, span)) {
                t.rng.skip(1);
                return dt;
            }
            double which = t.rng.nextDouble() * total;
            elapsed -= Math.log1p(-u) / total;
            if (elapsed >= span) {
                return dt;
            }
            if (which < buying) {
                purchases.purchase(i, b, 1);
            } else if (which < buying + giving) {
                purchases.deliver(p, brand);
            } else {
                moved++;
                moves.moveTo(i, b, h, which - buying - giving, span - elapsed);
                if (!Stage.active(c.stage[p])) {
                    return dt - span + elapsed;
                }
            }
        }
    }

    /** Pair p (brand b) learns the price it pays as its reference over {@code span} weeks. */
    void learnReferencePrice(int p, int b, double span) {
        if (price.enabled()) {
            double learn = span == dt ? referenceStep : -Math.expm1(-price.referenceLearningRate() * span);
            c.referencePrice[p] += (float) ((brands[b].effectivePrice() - c.referencePrice[p]) * learn);
        }
    }

    /** Whether a customer's tick is quiet when its first draw outlasts the bound {@link #quiet} takes (not so with churn first). */
    boolean quietAtBounds() {
        return !retentionFirst;
    }

    /**
     * A bound for active pair (i, b) to keep through later ticks ({@link Lulls}) on what {@link #quiet}
     * tests a first draw against, a billionth included: its summed hazards at any trust clear of the
     * thresholds ({@link StageMoves#clearOfThresholds}), goodwill's factor at most {@code goodwillMost}
     * ({@link Goodwill#keptMost}), the customers' caps on the brand's levers, no one around it saying
     * anything bad and its talking contacts those of now at most ({@code mostShare},
     * {@link Hearing#mostShare}). Single-brand markets.
     */
    double keptQuiet(int i, int b, Lulls lulls, double mostShare, double goodwillMost) {
        int p = i * k + b;
        // Summed in quiet's order, each term at least quiet's.
        return (purchases.mostRate(i, p, goodwillMost, lulls.customerAdEffectCap()) + lulls.deliveryCap()
                + moves.keptMostHazard(i, b, goodwillMost, lulls.customerCoverageCap(), mostShare)) * (1 + 1e-9);
    }

    /** Whether first draw {@code first} of a tick shows it quiet at a bound {@link #keptQuiet} kept: quiet's test. */
    boolean outlastsKept(double kept, double first) {
        return StreamRandom.waitOutlasts(first, kept, dt, dt);
    }

    /**
     * Whether the first draw of active pair (i, b) lies past the span's hazards at their most: first
     * at the most the consumer can have heard, then, if that does not show it, at what it heard.
     */
    private boolean quiet(int i, int b, double first, double span) {
        int p = i * k + b;
        double most = purchases.mostRate(i, p) + brands[b].levers.deliveryRate + moves.mostHazard(i, b, evidence.trustOf(p));
        if (StreamRandom.waitOutlasts(first, most * (1 + 1e-9), span, span)) {
            return true;
        }
        if (!t.bounding()) {
            return false;
        }
        t.listenNow();
        return quiet(i, b, first, span);
    }

    /** The span's one move first, at the trust of its start, then its purchases and deliveries. */
    private double retentionFirst(int i, int b, double span, double recip) {
        int p = i * k + b;
        BrandState brand = brands[b];
        StageMoves.Hazards h = moves.hazards(i, b, recip, evidence.trustOf(p));
        double moveRate = h.total();
        double u = t.rng.nextDouble();
        double which = t.rng.nextDouble() * moveRate;
        double end = dt;
        if (moveRate > 0 && u < -Math.expm1(-moveRate * span)) {
            moves.moveTo(i, b, h, which, span + Math.log1p(-u) / moveRate);
            end = dt - span - Math.log1p(-u) / moveRate;
        }
        if (Stage.active(c.stage[p])) {
            purchases.purchase(i, b, t.rng.poisson(purchases.rate(i, p, recip) * span));
            int deliveries = t.rng.poisson(brand.levers.deliveryRate * span);
            for (int d = 0; d < deliveries; d++) {
                purchases.deliver(p, brand);
            }
        }
        return Stage.active(c.stage[p]) ? dt : end;
    }

}
