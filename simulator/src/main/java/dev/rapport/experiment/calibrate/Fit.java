package dev.rapport.experiment.calibrate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The search for the values that minimise the loss, on the unit cube of the parameters' ranges
 * (each range mapped onto [0, 1], so that a step means as much for a rate of 0.01 as for a market
 * of a million). CMA-ES takes the bounds as they are; Nelder-Mead has none, so a vertex outside is
 * evaluated at the nearest point inside plus a penalty that grows with the distance. Both are
 * seeded and deterministic, so a resumed search asks for the same candidates. The result is the
 * best candidate evaluated, whatever the optimiser's own stopping rule returned.
 */
final class Fit {
    /** Initial step of either method, as a share of each range. */
    static final double STEP = 0.25;

    private Fit() {
    }

    /**
     * Minimises {@code loss} over the unit cube of {@code start.length} dimensions.
     *
     * @param loss        the loss at unit coordinates inside the cube
     * @param evaluations most calls of {@code loss}
     */
    static void minimise(CalibrationPlan.Method method, double[] start, ToDoubleFunction<double[]> loss, int evaluations,
                         long seed) {
        int d = start.length;
        try {
            switch (method) {
                case CMAES -> {
                    double[] sigma = new double[d];
                    Arrays.fill(sigma, STEP);
                    double[] lower = new double[d];
                    double[] upper = new double[d];
                    Arrays.fill(upper, 1);
                    int population = 4 + (int) (3 * Math.log(d));
                    new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(seed), false,
                            new SimpleValueChecker(1e-9, 1e-12)).optimize(new MaxEval(evaluations), new MaxIter(Integer.MAX_VALUE),
                            new ObjectiveFunction(loss::applyAsDouble), GoalType.MINIMIZE, new InitialGuess(start),
                            new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                            new CMAESOptimizer.PopulationSize(population));
                }
                case NELDER_MEAD -> {
                    double[] steps = new double[d];
                    for (int i = 0; i < d; i++) {
                        // Step into the range, not out of it, from a start at its upper end.
                        steps[i] = start[i] + STEP <= 1 ? STEP : -STEP;
                    }
                    new SimplexOptimizer(new SimpleValueChecker(1e-6, 1e-12)).optimize(new MaxEval(evaluations),
                            new MaxIter(Integer.MAX_VALUE), new ObjectiveFunction(x -> penalised(loss, x)),
                            GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(steps));
                }
            }
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            // The budget is spent: the best candidate so far is the answer.
        }
    }

    /** The loss at the nearest point inside the cube, plus a penalty for the distance outside it. */
    private static double penalised(ToDoubleFunction<double[]> loss, double[] x) {
        double[] inside = new double[x.length];
        double outside = 0;
        for (int i = 0; i < x.length; i++) {
            inside[i] = Math.max(0, Math.min(1, x[i]));
            outside += (x[i] - inside[i]) * (x[i] - inside[i]);
        }
        double value = loss.applyAsDouble(inside);
        return outside == 0 ? value : value + (1 + Math.abs(value)) * 100 * outside;
    }
}
