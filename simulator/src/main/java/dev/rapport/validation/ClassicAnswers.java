package dev.rapport.validation;

/**
 * The known answers the model is checked against, computed here from their closed forms and
 * exact recursions, independently of the model's code.
 */
final class ClassicAnswers {
    private ClassicAnswers() {
    }

    /** Bass (1969) adopter fraction: F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t}). */
    static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** Time of peak adoption in the Bass model: t* = ln(q/p)/(p + q). */
    static double bassPeak(double p, double q) {
        return Math.log(q / p) / (p + q);
    }

    /**
     * Bass on an infinite ring, each consumer imitating at q times the adopted share of its two
     * neighbours (Fibich &amp; Gibori 2010): F(t) = 1 − exp(−(p+q)t + (q/p)(1 − e^{−pt})).
     */
    static double bassRing(double p, double q, double t) {
        return 1 - Math.exp(-(p + q) * t + (q / p) * (1 - Math.exp(-p * t)));
    }

    /**
     * The Bass hazard stepped in ticks of {@code dt} with the adopter share frozen at the start of
     * each tick, F ← F + (1 − F)(1 − e^{−(p+qF)dt}): the deterministic limit of the model with a
     * coarse tick. Returns F at the end of each tick, index 0 being t = 0.
     */
    static double[] bassSteppedHazard(double p, double q, double dt, int ticks) {
        double[] f = new double[ticks + 1];
        for (int n = 1; n <= ticks; n++) {
            double prev = f[n - 1];
            f[n] = prev + (1 - prev) * -Math.expm1(-(p + q * prev) * dt);
        }
        return f;
    }

    /**
     * The Bass hazard stepped in ticks of {@code dt} with talk caught up: in each tick the hazard is
     * h = p + q(F + c), where c is the voice that the last tick's adopters missed in it, each the
     * share of that tick left after its adoption. With the hazard constant over a tick, an
     * adopter's expected share left, times the chance of adopting, is 1 − (1 − e^{−h dt})/(h dt); so
     * F ← F + (1 − F)(1 − e^{−h dt}) and c ← (1 − F)(1 − (1 − e^{−h dt})/(h dt)). The deterministic
     * limit of the model with {@code word_of_mouth.timing: catch_up}. Index 0 is t = 0.
     */
    static double[] bassCaughtUp(double p, double q, double dt, int ticks) {
        double[] f = new double[ticks + 1];
        double missed = 0;
        for (int n = 1; n <= ticks; n++) {
            double prev = f[n - 1];
            double h = (p + q * (prev + missed)) * dt;
            double adopt = -Math.expm1(-h);
            f[n] = prev + (1 - prev) * adopt;
            missed = (1 - prev) * (1 - adopt / h);
        }
        return f;
    }

    /** Final size of SIR: the root in (0, 1] of r = 1 − e^{−R0 r} (0 when R0 ≤ 1). */
    static double sirFinalSize(double r0) {
        if (r0 <= 1) {
            return 0;
        }
        double r = 1;
        for (int i = 0; i < 10_000; i++) {
            double next = 1 - Math.exp(-r0 * r);
            if (Math.abs(next - r) < 1e-15) {
                return next;
            }
            r = next;
        }
        return r;
    }

    /** Textbook customer lifetime value m·r/(1 + d − r): margin at each period end while retained. */
    static double clv(double margin, double retention, double discount) {
        return margin * retention / (1 + discount - retention);
    }
}
