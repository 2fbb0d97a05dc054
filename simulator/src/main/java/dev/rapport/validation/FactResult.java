package dev.rapport.validation;

import dev.rapport.report.stats.Interval;

/**
 * One empirical generalisation checked on the flagship market: the finding, its published value
 * and source, the model's value with its 95% interval across replications (paired on common
 * random numbers where the value is a difference), the band it must fall in, and why the band is
 * as wide as it is. Unlike a {@link CaseResult}, whose tolerance follows from sample size, the band
 * is a judgement stated from the published spread across studies: a value outside it is a finding
 * about the model's defaults, not a tolerance to widen.
 *
 * @param finding   what marketing science found, in a few words
 * @param published the published value, as the source gives it (a number or a direction)
 * @param source    author, year and journal
 * @param model     the model's mean and interval over replications ({@code n} = the replications
 *                  that had a value)
 * @param band      where the model's mean must fall to pass
 * @param why       why the band is where it is
 * @param method    how the model's value was measured (strategy, step, windows)
 */
public record FactResult(String finding, String published, String source, Interval model, Band band, String why,
                         String method) {

    /** The model's mean lies in the band; the interval shows whether that is a close call. */
    public boolean passed() {
        return model.n() > 0 && band.contains(model.mean());
    }

    /**
     * A closed interval of acceptable values; either end may be infinite (a direction with a
     * margin, "at least 1.16").
     */
    public record Band(double low, double high) {
        public Band {
            if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
                throw new IllegalArgumentException("a band needs low <= high, got " + low + ", " + high);
            }
        }

        public static Band between(double low, double high) {
            return new Band(low, high);
        }

        public static Band atLeast(double low) {
            return new Band(low, Double.POSITIVE_INFINITY);
        }

        public static Band atMost(double high) {
            return new Band(Double.NEGATIVE_INFINITY, high);
        }

        public boolean contains(double x) {
            return x >= low && x <= high;
        }

        /** "[0.03, 0.3]", "≥ 1.16" or "≤ 0.9". */
        public String text() {
            if (high == Double.POSITIVE_INFINITY) {
                return "≥ " + Format.num(low);
            }
            if (low == Double.NEGATIVE_INFINITY) {
                return "≤ " + Format.num(high);
            }
            return "[" + Format.num(low) + ", " + Format.num(high) + "]";
        }
    }

    /** The interval of the finite values among {@code perReplication}; n = 0 (and NaN) when none is finite. */
    static Interval over(double[] perReplication) {
        double[] finite = java.util.Arrays.stream(perReplication).filter(Double::isFinite).toArray();
        return finite.length == 0 ? new Interval(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN) : Interval.of(finite);
    }
}
