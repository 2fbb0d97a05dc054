package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Process 5a, awareness: hearing of a brand (organically, from advertising, or from talk) and
 * forgetting it again when nothing keeps it in mind. Awareness comes first in a tick for a
 * consumer who buys no brand, at an exponential time, so that a brand heard of mid-tick can be
 * tried in the rest of it; settled after trial, hearing of a brand and trying it would be a tick
 * apart, a week with weekly ticks and a day with daily ones.
 */
final class Awareness {
    private final MarketModel m;
    private final Consumers c;
    private final BrandState[] brands;
    private final int k;
    private final double dt;
    private final Mechanisms.Awareness awareness;
    private final Mechanisms.Advertising advertising;
    private final Mechanisms.WordOfMouth wom;
    private final ConsumerTick t;
    /** The chance per tick that an aware consumer out of contact forgets a brand: fixed for the run, so kept. */
    private final double forgetting;

    Awareness(MarketModel m, ConsumerTick t) {
        this.m = m;
        this.c = m.consumers;
        this.brands = m.brands;
        this.k = m.brandCount;
        this.dt = m.dt;
        this.awareness = m.mech.awareness();
        this.advertising = m.mech.advertising();
        this.wom = m.mech.wordOfMouth();
        this.t = t;
        this.forgetting = m.probability(awareness.forgettingRate());
    }

    /**
     * For a consumer who buys no brand: each brand it has not heard of may reach it at an
     * exponential time in the tick, from which on the brand is a trial candidate for the rest of
     * the tick ({@link ConsumerTick#since}; 0 for brands heard of already).
     */
    void awaken(int i) {
        for (int b = 0; b < k; b++) {
            int p = i * k + b;
            t.since[b] = 0;
            if (c.stage[p] != Stage.UNAWARE_CODE || !awareness.enabled()) {
                continue;
            }
            double u = t.rng.nextDouble();
            // Most unaware consumers hear of nothing in a short tick; seeing that needs no logarithm,
            // and, at the most the consumer can have heard, no listening.
            double at = Double.POSITIVE_INFINITY;
            if (!outlastsMost(i, b, u, mostTalk(b))) {
                double lambda = rate(i, b);
                if (lambda > 0 && !StreamRandom.waitOutlasts(u, lambda, dt, dt)) {
                    at = -Math.log1p(-u) / lambda;
                }
            }
            if (at < dt) {
                c.stage[p] = Stage.AWARE_CODE;
                t.since[b] = Math.max(at, Double.MIN_VALUE);
            } else {
                t.since[b] = Double.POSITIVE_INFINITY;
            }
        }
    }

    /** Rate per week at which consumer i hears of brand b: organic, advertising, talk. */
    double rate(int i, int b) {
        return rate(i, b, wom.enabled() ? t.heardPositive(b) + t.heardNegative(b) : 0);
    }

    /**
     * Whether draw {@code u} leaves consumer i unaware of brand b for the whole tick even at
     * {@code mostTalk}, a bound on the talk it heard ({@link #awaken}'s first test).
     */
    boolean outlastsMost(int i, int b, double u, double mostTalk) {
        return outlasts(rate(i, b, mostTalk), u);
    }

    /** Whether draw u leaves a consumer unaware for the whole tick at rate {@code rate} ({@link #outlastsMost}'s test). */
    boolean outlasts(double rate, double u) {
        return StreamRandom.waitOutlasts(u, rate, dt, dt);
    }

    /** At least the talk about brand b the consumer at hand heard, positive and negative. */
    private double mostTalk(int b) {
        return wom.enabled() ? t.mostPositive(b) + t.heardNegative(b) : 0;
    }

    private double rate(int i, int b, double talk) {
        return rate(i, talk, brands[b].levers.adEffect);
    }

    /** Consumer i's rate of hearing of a brand whose ads have effect {@code adEffect} when it heard {@code talk}: never less at more. */
    double rate(int i, double talk, double adEffect) {
        return awareness.organicRate()
                + advertising.awarenessRate() * adEffect * c.adSensitivity[i]
                + (wom.enabled() ? awareness.wordOfMouthRate() * talk : 0);
    }

    /** Whether consumers hear of brands and forget them; with the mechanism off every consumer knows every brand. */
    boolean enabled() {
        return awareness.enabled();
    }

    /** Whether an aware pair whose tick's uniform draw is {@code u} forgets its brand unless reminded ({@link #passive}). */
    boolean mayForget(double u) {
        return awareness.enabled() && u < forgetting;
    }

    /** Whether an ad, talk heard or a follow keeps pair p (brand b) in mind this tick. */
    private boolean reminded(int p, int b) {
        return brands[b].levers.adEffect > 0 || t.heardPositive(b) + t.heardNegative(b) > 0
                || (c.flags[p] & Consumers.FOLLOWER) != 0;
    }

    /**
     * The tick of an unaware or aware consumer i for a brand b it was no trial candidate of:
     * hearing of it, or forgetting it when no ad, talk or follow reminds it. {@code u} is the
     * tick's uniform draw for the pair.
     */
    void passive(int i, int b, double u) {
        int p = i * k + b;
        byte st = c.stage[p];
        if (st == Stage.UNAWARE_CODE) {
            // The chance 1 − e^(−rate·dt) never exceeds rate·dt, so a draw past that needs no exponential.
            // At the most it can have heard first, which needs no listening.
            if (!outlastsMost(i, b, u, mostTalk(b))) {
                double rate = rate(i, b);
                if (!StreamRandom.waitOutlasts(u, rate, dt, dt) && u < m.probability(rate)) {
                    c.stage[p] = Stage.AWARE_CODE;
                }
            }
        } else if (st == Stage.AWARE_CODE) {
            // Whether an ad, talk or a follow reminds it is asked only of a consumer who would forget.
            if (mayForget(u) && !reminded(p, b)) {
                c.stage[p] = Stage.UNAWARE_CODE;
            }
        }
    }
}
