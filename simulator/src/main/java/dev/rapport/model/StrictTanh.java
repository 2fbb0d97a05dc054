package dev.rapport.model;

/**
 * {@link StrictMath#tanh} computed in Java, bit for bit: fdlibm 5.3's algorithm (s_tanh.c with the
 * expm1 of s_expm1.c), which is what StrictMath specifies. On JDK 17 StrictMath.tanh, and Math.tanh
 * with it, is a native call whose crossing costs more than its arithmetic, and goodwill's factor
 * takes a tanh for every customer holding goodwill in every tick. Later JDKs carry the same
 * algorithm ported to Java; {@code StrictTanhTest} holds this one to StrictMath's results.
 */
final class StrictTanh {
    private static final double TINY = 1.0e-300;
    private static final double HUGE = 1.0e+300;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    // Scaled coefficients of expm1's rational approximation on [0, 0.5·ln 2].
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    private StrictTanh() {
    }

    /** The hyperbolic tangent of x, equal to {@code StrictMath.tanh(x)} for every x. */
    static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            // tanh(±∞) = ±1, tanh(NaN) = NaN
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY; // |x| >= 22: 1, inexact
        }
        return jx >= 0 ? z : -z;
    }

    /** e^x − 1, equal to {@code StrictMath.expm1(x)} for every x. */
    static double expm1(double x) {
        int hx = high(x);
        int xsb = hx & 0x80000000;
        double y = xsb == 0 ? x : -x;
        hx &= 0x7fffffff;

        // Huge and non-finite arguments.
        if (hx >= 0x4043687A) { // |x| >= 56·ln 2
            if (hx >= 0x40862E42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | low(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0;
                }
                if (x > O_THRESHOLD) {
                    return HUGE * HUGE; // overflow
                }
            }
            if (xsb != 0 && x + TINY < 0.0) {
                return TINY - 1.0; // x < −56·ln 2: −1, inexact
            }
        }

        // Argument reduction: x = k·ln 2 + r, |r| <= 0.5·ln 2.
        int k;
        double c = 0;
        if (hx > 0x3fd62e42) { // |x| > 0.5·ln 2
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5·ln 2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact: t·LN2_HI is
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54: x, inexact when x != 0
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        // x is now in the primary range.
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs); // c is 0
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // exp(x) − 1 suffices
            y = 1.0 - (e - x);
            y = addToExponent(y, k);
            return y - 1.0;
        }
        if (k < 20) {
            t = withHigh(0x3ff00000 - (0x200000 >> k)); // 1 − 2^-k
            y = t - (e - x);
            y = addToExponent(y, k);
        } else {
            t = withHigh((0x3ff - k) << 20); // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = addToExponent(y, k);
        }
        return y;
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** The double whose high word is {@code high} and low word 0. */
    private static double withHigh(int high) {
        return Double.longBitsToDouble((long) high << 32);
    }

    /** y with k added to its exponent field (fdlibm's {@code __HI(y) += k << 20}). */
    private static double addToExponent(double y, int k) {
        long bits = Double.doubleToRawLongBits(y);
        int hi = (int) (bits >>> 32) + (k << 20);
        return Double.longBitsToDouble(((long) hi << 32) | (bits & 0xffffffffL));
    }
}
