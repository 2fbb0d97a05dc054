package dev.rapport.experiment.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Morris' screening statistics from the outputs of a {@link MorrisDesign}'s runs. */
public final class MorrisAnalysis {
    private MorrisAnalysis() {
    }

    /**
     * Each factor's {@link ElementaryEffects}, in factor order.
     *
     * @param outputs one output per point of the design, in design order
     */
    public static List<ElementaryEffects> analyse(MorrisDesign design, double[] outputs) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("a Morris design of " + design.size() + " points needs as many outputs, not "
                    + outputs.length);
        }
        int k = design.factors();
        int r = design.trajectories();
        double[][] points = design.points();
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            int row = t * (k + 1);
            for (int step = 0; step < k; step++) {
                double[] before = points[row + step];
                double[] after = points[row + step + 1];
                // The factor that moved is the one coordinate that differs; its signed step is the divisor.
                int factor = movedFactor(before, after);
                effects[factor][t] = (outputs[row + step + 1] - outputs[row + step]) / (after[factor] - before[factor]);
            }
        }
        List<ElementaryEffects> result = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            result.add(statistics(j, effects[j]));
        }
        return result;
    }

    /** The factors' statistics from the most to the least important (by mu*). */
    public static List<ElementaryEffects> ranked(List<ElementaryEffects> effects) {
        return effects.stream().sorted(Comparator.comparingDouble(ElementaryEffects::muStar).reversed()).toList();
    }

    private static int movedFactor(double[] before, double[] after) {
        for (int j = 0; j < before.length; j++) {
            if (before[j] != after[j]) {
                return j;
            }
        }
        throw new IllegalStateException("consecutive points of a Morris trajectory are equal");
    }

    private static ElementaryEffects statistics(int factor, double[] effects) {
        double sum = 0;
        double absolute = 0;
        for (double effect : effects) {
            sum += effect;
            absolute += Math.abs(effect);
        }
        double mu = sum / effects.length;
        double squares = 0;
        for (double effect : effects) {
            squares += (effect - mu) * (effect - mu);
        }
        double sigma = effects.length < 2 ? Double.NaN : Math.sqrt(squares / (effects.length - 1));
        return new ElementaryEffects(factor, mu, absolute / effects.length, sigma);
    }
}
