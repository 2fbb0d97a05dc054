package dev.rapport.model;

/**
 * Beta-reputation trust (Jøsang &amp; Ismail 2002): with r positive and s negative experiences, the
 * expected value of a Beta(r + 1, s + 1) belief, (r + 1)/(r + s + 2). One function that the
 * model's consumers and the validation suite both use, so the suite checks the model's own code.
 */
public final class Reputation {
    private Reputation() {
    }

    /** Trust after {@code positive} good and {@code negative} bad experiences (evidence may be fractional). */
    public static double trust(double positive, double negative) {
        return (positive + 1.0) / (positive + negative + 2.0);
    }
}
