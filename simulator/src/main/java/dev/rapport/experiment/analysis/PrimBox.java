package dev.rapport.experiment.analysis;

import java.util.List;

/**
 * One box of a PRIM trajectory: its limits on every factor and how well it captures the points of
 * interest.
 *
 * @param step        its place in the trajectory (0 is the box around all the points)
 * @param limits      the limits on every factor, in factor order
 * @param points      the points inside the box
 * @param interesting the points of interest inside the box
 * @param coverage    the share of all points of interest that lie in the box
 * @param density     the share of the box's points that are of interest
 * @param mass        the share of all points that lie in the box (the box's support)
 * @param pasted      whether the box came from pasting (growing the peeled box back) rather than peeling
 */
public record PrimBox(int step, List<FactorLimits> limits, int points, int interesting, double coverage,
                      double density, double mass, boolean pasted) {
    public PrimBox {
        limits = List.copyOf(limits);
    }

    /** Whether a point (its value on every factor, in factor order) lies in the box, ends included. */
    public boolean contains(double[] x) {
        for (FactorLimits f : limits) {
            double v = x[f.factor()];
            if (v < f.low() || v > f.high()) {
                return false;
            }
        }
        return true;
    }

    /** The limits on the factors the box restricts, the others left out: the box's description. */
    public List<FactorLimits> restrictions() {
        return limits.stream().filter(FactorLimits::restricted).toList();
    }
}
