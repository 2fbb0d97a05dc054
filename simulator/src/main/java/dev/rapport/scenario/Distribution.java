package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;

/**
 * A positive quantity that varies between consumers: log-normal with the given mean and standard
 * deviation (constant when sd is 0), so that sensitivities are never negative.
 */
@Doc("Log-normal distribution by mean and standard deviation (sd 0 = the same for everyone).")
public record Distribution(
        @Default("1") @Range(min = 0, max = 1000) @Doc("Mean.") double mean,
        @Default("0") @Range(min = 0, max = 1000) @Doc("Standard deviation.") double sd) {

    public static Distribution constant(double value) {
        return new Distribution(value, 0);
    }
}
