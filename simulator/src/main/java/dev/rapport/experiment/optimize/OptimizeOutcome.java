package dev.rapport.experiment.optimize;

import dev.rapport.experiment.PairedDifference;
import dev.rapport.experiment.Statistics;
import java.util.List;

/**
 * What an optimisation found, as its files state it.
 *
 * @param replications  per evaluation (R), the same replications 0..R-1 for every candidate
 * @param pilot         how R was chosen, or null when it was given
 * @param trace         every evaluation, in order
 * @param best          the best evaluation's shares
 * @param bestEstimate  the best plan's objective on R fresh replications (R..2R-1), which did not take part in the search
 * @param comparisons   the best plan against each of the scenario's own strategies on those fresh replications
 * @param response      per lever, incremental profit against its spend with the others at the optimum
 * @param complete      false when stopped or failed before the end; the finished runs are kept for --resume
 * @param ran           runs done by this call (the others were read from the store)
 */
public record OptimizeOutcome(Settings settings, List<String> variables, int replications, Pilot pilot,
                              List<TraceRow> trace, double[] best, Statistics.Estimate bestEstimate,
                              List<PairedDifference> comparisons, List<ResponseRow> response,
                              boolean complete, boolean interrupted, String failure, long ran) {
    /** Most evaluations: each hands the engine a mask over every run of the experiment, so their number stays modest. */
    public static final int MAX_EVALUATIONS = 10_000;

    /**
     * The choices an optimisation was run with.
     *
     * @param replications R per evaluation, or null to choose it by a pilot
     * @param maxReplications the most R may be when chosen
     * @param seed          of CMA-ES's own random numbers
     * @param robust        how a candidate is scored over the replications' uncertain draws; null: the mean,
     *                      as without {@code --robust}
     */
    public record Settings(String objective, List<String> levers, int periods, List<LeverBound> bounds, double budget,
                           int evaluations, Integer replications, int maxReplications, long seed, Robustness robust) {
        /** Without {@code --robust}. */
        public Settings(String objective, List<String> levers, int periods, List<LeverBound> bounds, double budget,
                        int evaluations, Integer replications, int maxReplications, long seed) {
            this(objective, levers, periods, bounds, budget, evaluations, replications, maxReplications, seed, null);
        }

        public Settings {
            levers = List.copyOf(levers);
            bounds = List.copyOf(bounds);
            if (evaluations < 1 || evaluations > MAX_EVALUATIONS) {
                throw new OptimizeException("--evaluations must be between 1 and " + MAX_EVALUATIONS + ", not " + evaluations);
            }
            if (maxReplications < 2) {
                throw new OptimizeException("--max-replications must be at least 2 (an interval needs two), not " + maxReplications);
            }
            if (replications != null && replications < 2) {
                throw new OptimizeException("--replications must be at least 2 (an interval needs two), not " + replications);
            }
            if (!(budget > 0)) {
                throw new OptimizeException("the budget to split must be above 0, not " + budget);
            }
        }
    }

    /**
     * The pilot that chose R: the start and a candidate one CMA-ES step away, on {@code replications}
     * paired replications; R makes the standard error of their difference a quarter of it.
     */
    public record Pilot(int replications, double meanDifference, double sdDifference, int chosen) {
    }

    /**
     * One evaluation: the candidate's shares and its objective, the mean over the R replications
     * (with {@code --robust}, the {@link Robustness} score).
     */
    public record TraceRow(int evaluation, int point, double[] shares, double objective, double bestSoFar) {
    }

    /**
     * One point of a lever's response curve.
     *
     * @param spend          the lever's spend over the horizon
     * @param marginalReturn at the optimum only: the slope of the curve there (incremental profit per unit of spend)
     */
    public record ResponseRow(String lever, double spend, Statistics.Estimate incrementalProfit, boolean optimum,
                              Double marginalReturn) {
    }

    public int evaluations() {
        return trace.size();
    }

    public TraceRow bestRow() {
        TraceRow best = null;
        for (TraceRow row : trace) {
            if (best == null || row.objective() > best.objective()) {
                best = row;
            }
        }
        return best;
    }
}
