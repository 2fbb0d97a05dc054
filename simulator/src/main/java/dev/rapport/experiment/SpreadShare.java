package dev.rapport.experiment;

/**
 * How much of the spread of the objective across replications comes from the uncertain values
 * rather than from seed noise: for one strategy ({@code versus} null), or for the difference
 * between two ({@code strategy} minus {@code versus}). A row of {@code uncertainty.csv}.
 *
 * @param n                replications in which both the drawn and the central runs finished
 * @param sdTotal          standard deviation across replications with the values drawn (null below 2 replications)
 * @param sdSeed           standard deviation across the same replications' seeds with every value at its median
 * @param shareParameters  1 - sdSeed^2 / sdTotal^2, bounded to [0, 1]; null when there is no spread at all
 * @param shareLow         lower end of its bootstrap percentile interval at the scenario's confidence
 * @param shareHigh        upper end of that interval
 */
public record SpreadShare(String strategy, String versus, String metric, int n, Double sdTotal, Double sdSeed,
                          Double shareParameters, Double shareLow, Double shareHigh) {

    /** Widest interval that is still worth a number without a warning: wider, the share is mostly unknown. */
    static final double NOISY_WIDTH = 0.5;

    /** Whether the interval is so wide that the share says little (too few replications). */
    public boolean noisy() {
        return shareParameters == null || shareLow == null || shareHigh - shareLow > NOISY_WIDTH;
    }
}
