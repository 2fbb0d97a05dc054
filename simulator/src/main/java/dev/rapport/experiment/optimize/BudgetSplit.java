package dev.rapport.experiment.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decision variables of {@code rapport optimize}: the share of the budget each lever spends in
 * each period of the horizon, lever by lever (a lever's periods together), each within its
 * bounds, all together at most 1.
 *
 * <p>The optimiser works on a point {@code u} of the unit cube, one coordinate per variable
 * (CMA-ES with simple bounds [0, 1]). {@link #shares} maps it onto the allowed set in two steps:
 * each coordinate onto its bounds, {@code x = min + u (max - min)}; then, if the shares sum to more
 * than 1, the parts above the minimums are scaled down together until they sum to exactly 1. The
 * scaling keeps every share within its bounds (it only shrinks parts above the minimum, and the
 * minimums sum to at most 1), is continuous, and is the identity wherever the budget does not
 * bind, so every plan within the bounds and the budget is reached and none outside. Plans that
 * spend the whole budget take up a region of the cube rather than a thin surface, which suits an
 * optimum that usually spends it all.
 *
 * @param levers      the money levers, in order
 * @param periods     equal parts of the horizon, each with its own share per lever
 * @param horizonWeeks the scenario's horizon
 * @param min         least share per variable
 * @param max         most share per variable
 */
public record BudgetSplit(List<String> levers, int periods, double horizonWeeks, double[] min, double[] max) {
    /** Shares are written to this many decimals: the plan in the files is the plan that ran. */
    private static final double GRAIN = 1e9;

    public BudgetSplit {
        levers = List.copyOf(levers);
        min = min.clone();
        max = max.clone();
        if (levers.isEmpty()) {
            throw new OptimizeException("no levers to split the budget across");
        }
        if (periods < 1 || horizonWeeks / periods < 1) {
            throw new OptimizeException("--periods " + periods + ": between 1 and the horizon's weeks ("
                    + (int) horizonWeeks + ")");
        }
        if (min.length != levers.size() * periods || max.length != min.length) {
            throw new IllegalArgumentException("bounds for " + min.length + " variables, not " + levers.size() * periods);
        }
        double least = Arrays.stream(min).sum();
        if (least > 1 + 1e-12) {
            throw new OptimizeException("the least shares of --bounds sum to " + round(least)
                    + " over all levers and periods, more than the whole budget (1); lower them");
        }
    }

    /** A split with the same bounds for every period of a lever. */
    public static BudgetSplit of(List<String> levers, int periods, double horizonWeeks, List<LeverBound> bounds) {
        double[] lo = new double[levers.size() * periods];
        double[] hi = new double[lo.length];
        Arrays.fill(hi, 1);
        for (LeverBound b : bounds) {
            int l = levers.indexOf(b.lever());
            if (l < 0) {
                throw new OptimizeException("--bounds names " + b.lever() + ", which is not among the levers optimised "
                        + levers + " (choose them with --levers)");
            }
            for (int p = 0; p < periods; p++) {
                lo[l * periods + p] = b.min();
                hi[l * periods + p] = b.max();
            }
        }
        return new BudgetSplit(levers, periods, horizonWeeks, lo, hi);
    }

    public int variables() {
        return min.length;
    }

    /** The lever of variable {@code i}. */
    public String lever(int i) {
        return levers.get(i / periods);
    }

    /** The name of variable {@code i} in the files: the lever, with its period when there are several. */
    public String label(int i) {
        return periods == 1 ? lever(i) : lever(i) + "_p" + (i % periods + 1);
    }

    /** The weeks of variable {@code i}'s period, as a plan line writes them. */
    public String weeks(int i) {
        if (periods == 1) {
            return "all";
        }
        int p = i % periods;
        int from = (int) Math.round(p * horizonWeeks / periods) + 1;
        if (p == periods - 1) {
            return from + "-end";
        }
        return from + "-" + Math.round((p + 1) * horizonWeeks / periods);
    }

    /** The shares a point of the unit cube stands for (see the class comment). */
    public double[] shares(double[] unit) {
        double[] x = new double[min.length];
        double sum = 0;
        double least = 0;
        for (int i = 0; i < x.length; i++) {
            double u = Math.min(1, Math.max(0, unit[i]));
            x[i] = min[i] + u * (max[i] - min[i]);
            sum += x[i];
            least += min[i];
        }
        if (sum > 1) {
            double scale = (1 - least) / (sum - least);
            for (int i = 0; i < x.length; i++) {
                x[i] = min[i] + (x[i] - min[i]) * scale;
            }
        }
        for (int i = 0; i < x.length; i++) {
            // Down to the grain, so that the written shares never sum to more than 1.
            x[i] = Math.max(min[i], Math.floor(x[i] * GRAIN) / GRAIN);
        }
        return x;
    }

    /** The point of the unit cube the optimiser starts from: the middle of every bound, which with no bounds splits the budget evenly. */
    public double[] start() {
        double[] u = new double[min.length];
        Arrays.fill(u, 0.5);
        return u;
    }

    /** The variables of one lever. */
    public List<Integer> ofLever(String lever) {
        int l = levers.indexOf(lever);
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            out.add(l * periods + p);
        }
        return out;
    }

    static String round(double v) {
        return String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}
