package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Discriminator;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.Required;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * A scenario value nobody knows exactly (an {@code uncertain:} entry): the {@code --set} path of
 * the value and the distribution it is drawn from, once per replication. Draws are made by the
 * inverse distribution function of a uniform number, so a replication's draw depends only on that
 * number, which the experiment derives from the scenario seed and the replication.
 *
 * <p>Normal and log-normal values may be cut to {@code [low, high]} (a truncated distribution: the
 * uniform number is mapped into the distribution function's values between the two), because most
 * scenario values have a bounded range that an unbounded distribution would leave.
 *
 * <p>The parameters are checked together, with the target value's range, by {@link UncertainChecks};
 * the Commons Math distributions are built only after that, when they are valid.
 */
@Discriminator("distribution")
@Doc("A value nobody knows exactly: the --set path of any number in the scenario and the distribution each replication draws it from.")
public sealed interface UncertainParameter {

    /** The {@code --set} path of the value, e.g. {@code mechanisms.word_of_mouth.trial_rate}. */
    String path();

    /** Lowest value a draw can take (may be minus infinity). */
    double supportLow();

    /** Highest value a draw can take (may be infinity). */
    double supportHigh();

    /** The value at cumulative probability {@code u} in (0, 1): the inverse distribution function. */
    double quantile(double u);

    /** The central value: the median, used to measure seed noise alone. */
    default double median() {
        return quantile(0.5);
    }

    /** Uniform between two values. */
    @Kind("uniform")
    @Doc("Uniform: every value between low and high equally likely.")
    record Uniform(
            @Required @Doc("The --set path of the value, e.g. mechanisms.advertising.persuasion_rate.") String path,
            @Required @Doc("Lowest value.") double low,
            @Required @Doc("Highest value; above low.") double high) implements UncertainParameter {
        @Override
        public double supportLow() {
            return low;
        }

        @Override
        public double supportHigh() {
            return high;
        }

        @Override
        public double quantile(double u) {
            return new UniformRealDistribution(null, low, high).inverseCumulativeProbability(u);
        }
    }

    /** Normal, optionally truncated. */
    @Kind("normal")
    @Doc("Normal by mean and standard deviation, cut to [low, high] when they are given (needed when the value's range is bounded).")
    record Normal(
            @Required @Doc("The --set path of the value.") String path,
            @Required @Doc("Mean (before any cut).") double mean,
            @Required @Doc("Standard deviation (before any cut); above 0.") double sd,
            @Doc("Lowest value kept (none: no lower cut).") Double low,
            @Doc("Highest value kept (none: no upper cut).") Double high) implements UncertainParameter {
        @Override
        public double supportLow() {
            return low == null ? Double.NEGATIVE_INFINITY : low;
        }

        @Override
        public double supportHigh() {
            return high == null ? Double.POSITIVE_INFINITY : high;
        }

        @Override
        public double quantile(double u) {
            return truncated(new NormalDistribution(null, mean, sd, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY),
                    low, high, u);
        }
    }

    /** Log-normal by the mean and standard deviation of the value itself, as elsewhere in scenarios. */
    @Kind("lognormal")
    @Doc("Log-normal by the mean and standard deviation of the value itself (always positive), cut to [low, high] when they are given.")
    record Lognormal(
            @Required @Doc("The --set path of the value.") String path,
            @Required @Doc("Mean of the value (before any cut); above 0.") double mean,
            @Required @Doc("Standard deviation of the value (before any cut); above 0.") double sd,
            @Doc("Lowest value kept (none: no lower cut; values are above 0 anyway).") Double low,
            @Doc("Highest value kept (none: no upper cut).") Double high) implements UncertainParameter {
        @Override
        public double supportLow() {
            return low == null ? 0 : low;
        }

        @Override
        public double supportHigh() {
            return high == null ? Double.POSITIVE_INFINITY : high;
        }

        @Override
        public double quantile(double u) {
            // The log's parameters from the value's mean m and sd s: shape^2 = ln(1 + s^2/m^2), scale = ln m - shape^2/2.
            double shape = Math.sqrt(Math.log1p(sd * sd / (mean * mean)));
            double scale = Math.log(mean) - shape * shape / 2;
            return truncated(new LogNormalDistribution(null, scale, shape, LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY),
                    low, high, u);
        }
    }

    /** Beta, scaled from [0, 1] to [low, high]. */
    @Kind("beta")
    @Doc("Beta with shapes alpha and beta, scaled from [0, 1] to [low, high] (mean low + (high - low) alpha / (alpha + beta)).")
    record Beta(
            @Required @Doc("The --set path of the value.") String path,
            @Required @Doc("First shape; above 0.") double alpha,
            @Required @Doc("Second shape; above 0.") double beta,
            @Default("0") @Doc("Value of a beta draw of 0.") double low,
            @Default("1") @Doc("Value of a beta draw of 1; above low.") double high) implements UncertainParameter {
        @Override
        public double supportLow() {
            return low;
        }

        @Override
        public double supportHigh() {
            return high;
        }

        @Override
        public double quantile(double u) {
            double x = new BetaDistribution(null, alpha, beta, BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
                    .inverseCumulativeProbability(u);
            return low + (high - low) * x;
        }
    }

    /** Triangular: a low, a most likely and a high value, as experts give them. */
    @Kind("triangular")
    @Doc("Triangular: lowest, most likely and highest value, as experts often state them.")
    record Triangular(
            @Required @Doc("The --set path of the value.") String path,
            @Required @Doc("Lowest value.") double low,
            @Required @Doc("Most likely value, from low to high.") double mode,
            @Required @Doc("Highest value; above low.") double high) implements UncertainParameter {
        @Override
        public double supportLow() {
            return low;
        }

        @Override
        public double supportHigh() {
            return high;
        }

        @Override
        public double quantile(double u) {
            return new TriangularDistribution(null, low, mode, high).inverseCumulativeProbability(u);
        }
    }

    /**
     * The value at {@code u} of {@code d} cut to [low, high]: {@code u} is mapped into the
     * distribution function's values over the kept interval, so a draw never falls outside it.
     */
    private static double truncated(RealDistribution d, Double low, Double high, double u) {
        double from = low == null ? 0 : d.cumulativeProbability(low);
        double to = high == null ? 1 : d.cumulativeProbability(high);
        double x = d.inverseCumulativeProbability(from + u * (to - from));
        // Rounding in the inverse can step a hair outside the cut.
        return Math.min(high == null ? x : high, Math.max(low == null ? x : low, x));
    }
}
