package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Price in demand, one home for its three formulas (see {@code mechanisms.price}). Each is 1 with
 * the mechanism off, so price then only scales revenue.
 * <ul>
 *   <li>Trial and choice: the share of a consumer's people whose willingness to pay covers the
 *       price, 1 / (1 + (price / wtp)^(w·s)): a binary logit on log price against the outside
 *       option, so a rival's lower price takes trial from a brand through the race of their
 *       hazards, and a premium price loses the consumers who value the brand least.</li>
 *   <li>Purchase frequency: 2 / (1 + (paid / reference)^(w·s)), 1 at the reference price, at most
 *       2 (purchases brought forward by a deal), falling towards 0 far above it; the elasticity at
 *       the reference price is −w·s/2. The reference learns the price paid, so a lasting change
 *       fades from frequency (Kalyanaram &amp; Winer 1995).</li>
 *   <li>Churn: exp(w·s·excess), excess the relative amount by which the price exceeds the lower of
 *       the reference price and the willingness to pay: a rise hurts until it is learnt, a price
 *       above what one would pay hurts for good.</li>
 * </ul>
 */
final class PriceResponse {
    private PriceResponse() {
    }

    static double trialShare(Mechanisms.Price p, double price, double willingness, double sensitivity) {
        if (!p.enabled() || price <= 0) {
            return 1;
        }
        if (willingness <= 0) {
            return 0;
        }
        return 1 / (1 + Math.exp(p.trialWeight() * sensitivity * Math.log(price / willingness)));
    }

    static double frequency(Mechanisms.Price p, double paid, double reference, double sensitivity) {
        if (!p.enabled() || reference <= 0 || paid == reference) {
            return 1;
        }
        return 2 / (1 + Math.exp(p.frequencyWeight() * sensitivity * Math.log(Math.max(1e-9, paid) / reference)));
    }

    /** At least {@link #frequency}, without its logarithm and exponential: 2 / (1 + x) never exceeds 2. */
    static double mostFrequency(Mechanisms.Price p, double paid, double reference) {
        return !p.enabled() || reference <= 0 || paid == reference ? 1 : 2;
    }

    static double churn(Mechanisms.Price p, double price, double reference, double willingness, double sensitivity) {
        if (!p.enabled()) {
            return 1;
        }
        double anchor = Math.max(1e-9, Math.min(reference, willingness));
        double excess = Math.max(0, (price - anchor) / anchor);
        return excess == 0 ? 1 : Math.exp(p.churnWeight() * sensitivity * excess);
    }
}
