package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link StrictTanh} gives StrictMath's results to the bit: at the edges of each of fdlibm's
 * ranges, at special values, and at millions of random arguments spread over every exponent
 * (uniform in the exponent, so that tiny, moderate and huge arguments are all drawn) and, densely,
 * over [0, 25], where goodwill lies. Bits, not values: -0.0 must stay -0.0 and NaN NaN.
 */
class StrictTanhTest {
    private static final double[] EDGES = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        0x1p-55, 0x1p-54, 0x1p-28, 0.5 * Math.log(2), 1.5 * Math.log(2), 1.0, Math.nextDown(1.0), Math.nextUp(1.0),
        0.25, -0.25, 2.0, 10.0, 19.999999, 20.0, 21.99999999, 22.0, Math.nextDown(22.0), 56 * Math.log(2),
        38.9, -38.9, 40.0, -40.0, 709.78, 709.79, -709.79, 800.0, -800.0, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @Test
    void edgesAndSpecialValuesAreStrictMaths() {
        for (double x : EDGES) {
            for (double v : new double[] {x, Math.nextUp(x), Math.nextDown(x), -x}) {
                same(StrictMath.tanh(v), StrictTanh.tanh(v), "tanh", v);
                same(StrictMath.expm1(v), StrictTanh.expm1(v), "expm1", v);
            }
        }
    }

    @Test
    void randomArgumentsOverEveryExponentAreStrictMaths() {
        SplittableRandom random = new SplittableRandom(20261127);
        for (int n = 0; n < 2_000_000; n++) {
            // A random sign, exponent and mantissa: every binade equally often.
            double x = Double.longBitsToDouble(random.nextLong() & 0xffefffffffffffffL);
            same(StrictMath.tanh(x), StrictTanh.tanh(x), "tanh", x);
            same(StrictMath.expm1(x), StrictTanh.expm1(x), "expm1", x);
        }
    }

    @Test
    void randomArgumentsWhereGoodwillLiesAreStrictMaths() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 3_000_000; n++) {
            double x = random.nextDouble(-1, 25);
            same(StrictMath.tanh(x), StrictTanh.tanh(x), "tanh", x);
            double y = random.nextDouble(-60, 60);
            same(StrictMath.expm1(y), StrictTanh.expm1(y), "expm1", y);
        }
    }

    private static void same(double expected, double actual, String what, double x) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + "(" + x + " = " + Double.toHexString(x) + "): " + expected + " vs " + actual);
    }
}
