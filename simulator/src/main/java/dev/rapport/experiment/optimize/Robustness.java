package dev.rapport.experiment.optimize;

import java.util.Arrays;
import java.util.Locale;

/**
 * How {@code rapport optimize --robust} scores a candidate over the R replications of an
 * evaluation, each of which carries its own draw of the scenario's {@code uncertain:} values (the
 * same draw for every candidate: replication r meets the same market everywhere).
 *
 * <ul>
 * <li>{@link #MEAN}: the mean objective over the draws, the expected value under the stated uncertainty.
 * <li>{@link #WORST}: the {@value #WORST_QUANTILE} quantile of the objective over the draws. Not the
 * single worst replication: the minimum of R values falls as R grows and rests on one replication's
 * seed noise, so the optimiser would chase that one run; a low quantile (interpolated between order
 * statistics, so it moves smoothly with the candidate) stays a property of the market's bad tail.
 * <li>{@link #REGRET}: per draw, the regret is the best of the scenario's own strategies' objectives
 * (the baseline and the optimised plan aside) minus the candidate's; the score is minus the
 * {@value #REGRET_QUANTILE} quantile of the regrets (minimax regret, with the same reason for a
 * quantile). The mean regret would be no new criterion: it is the best strategies' mean minus the
 * candidate's mean, a constant away from {@link #MEAN}.
 * </ul>
 * Every score is maximised; a regret score is therefore zero or negative.
 */
public enum Robustness {
    MEAN, WORST, REGRET;

    /** The low quantile {@link #WORST} maximises. */
    public static final double WORST_QUANTILE = 0.1;
    /** The high quantile of the regret {@link #REGRET} minimises. */
    public static final double REGRET_QUANTILE = 0.9;

    /** The mode by its name on the command line (mean, worst, regret). */
    public static Robustness parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OptimizeException("--robust must be mean, worst or regret, not '" + text + "'");
        }
    }

    /** The name as given on the command line. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the score needs the scenario's own strategies' objectives per draw. */
    boolean needsStrategies() {
        return this == REGRET;
    }

    /**
     * The score of a candidate.
     *
     * @param objectives the candidate's objective per replication
     * @param best       per replication, the best of the scenario's own strategies' objectives (REGRET only)
     */
    double score(double[] objectives, double[] best) {
        return switch (this) {
            case MEAN -> Arrays.stream(objectives).average().orElseThrow();
            case WORST -> quantile(objectives, WORST_QUANTILE);
            case REGRET -> {
                double[] regret = new double[objectives.length];
                for (int r = 0; r < regret.length; r++) {
                    regret[r] = best[r] - objectives[r];
                }
                yield -quantile(regret, REGRET_QUANTILE);
            }
        };
    }

    /** The q quantile, linear between order statistics (R's type 7): continuous in every value. */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
