package dev.rapport.experiment.sensitivity;

import dev.rapport.experiment.analysis.ElementaryEffects;
import dev.rapport.experiment.analysis.MorrisAnalysis;
import dev.rapport.experiment.analysis.MorrisDesign;
import dev.rapport.experiment.analysis.OneAtATime;
import dev.rapport.experiment.analysis.SaltelliDesign;
import dev.rapport.experiment.analysis.SobolAnalysis;
import dev.rapport.experiment.analysis.SobolIndex;
import dev.rapport.experiment.analysis.Swing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A sensitivity method's points in the unit cube and its estimator over the objective at those
 * points ({@code dev.rapport.experiment.analysis}). All statistics are on the parameters' ranges
 * mapped to [0, 1]: a Morris effect is the change in the objective per whole range of the
 * parameter, so parameters of different units compare.
 *
 * <p>One at a time puts the base at the middle of every range: the scenario's own value may lie
 * anywhere in it, or outside.
 */
final class SensitivityDesign {
    private final SensitivitySettings settings;
    private final int factors;

    SensitivityDesign(SensitivitySettings settings, int factors) {
        if (factors < 1) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least one parameter");
        }
        this.settings = settings;
        this.factors = factors;
    }

    /** The points in design order, one coordinate per parameter in [0, 1]. */
    double[][] unitPoints() {
        return switch (settings.method()) {
            case OAT -> oneAtATime().points();
            case MORRIS -> morris().points();
            case SOBOL -> saltelli().points();
        };
    }

    private OneAtATime oneAtATime() {
        double[] base = new double[factors];
        double[] high = new double[factors];
        Arrays.fill(base, 0.5);
        Arrays.fill(high, 1);
        return new OneAtATime(base, new double[factors], high);
    }

    private MorrisDesign morris() {
        return new MorrisDesign(factors, settings.trajectories(), settings.levels(), settings.seed());
    }

    private SaltelliDesign saltelli() {
        return new SaltelliDesign(factors, settings.baseSamples());
    }

    /**
     * The method's statistics, parameters ranked from the most to the least important (by swing,
     * mu* or total index; ties in parameter order).
     *
     * @param objective the objective at each point, in design order
     * @param names     the parameters' paths, in order
     */
    List<SensitivityRow> analyse(double[] objective, List<String> names) {
        SensitivityMethod method = settings.method();
        List<List<SensitivityRow>> byParameter = new ArrayList<>();
        List<Double> importance = new ArrayList<>();
        for (int j = 0; j < factors; j++) {
            byParameter.add(new ArrayList<>());
            importance.add(0.0);
        }
        switch (method) {
            case OAT -> {
                for (Swing s : oneAtATime().swings(objective)) {
                    String name = names.get(s.factor());
                    byParameter.get(s.factor()).addAll(List.of(
                            SensitivityRow.of(method, name, "objective_at_base", s.baseOutput()),
                            SensitivityRow.of(method, name, "objective_at_low", s.lowOutput()),
                            SensitivityRow.of(method, name, "objective_at_high", s.highOutput()),
                            SensitivityRow.of(method, name, "swing", s.swing())));
                    importance.set(s.factor(), s.swing());
                }
            }
            case MORRIS -> {
                for (ElementaryEffects e : MorrisAnalysis.analyse(morris(), objective)) {
                    String name = names.get(e.factor());
                    byParameter.get(e.factor()).addAll(List.of(
                            SensitivityRow.of(method, name, "mu", e.mu()),
                            SensitivityRow.of(method, name, "mu_star", e.muStar()),
                            SensitivityRow.of(method, name, "sigma", e.sigma())));
                    importance.set(e.factor(), e.muStar());
                }
            }
            case SOBOL -> {
                for (SobolIndex i : SobolAnalysis.analyse(saltelli(), objective, settings.bootstrap(),
                        SobolAnalysis.DEFAULT_LEVEL, settings.seed())) {
                    String name = names.get(i.factor());
                    byParameter.get(i.factor()).addAll(List.of(
                            new SensitivityRow(method.label(), name, "first_order", i.first().value(), i.first().low(),
                                    i.first().high()),
                            new SensitivityRow(method.label(), name, "total", i.total().value(), i.total().low(),
                                    i.total().high())));
                    importance.set(i.factor(), i.total().value());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < factors; j++) {
            order.add(j);
        }
        // NaN (an objective that does not vary) ranks last.
        order.sort(Comparator.comparingDouble((Integer j) -> Double.isNaN(importance.get(j)) ? Double.NEGATIVE_INFINITY
                : importance.get(j)).reversed());
        List<SensitivityRow> rows = new ArrayList<>();
        order.forEach(j -> rows.addAll(byParameter.get(j)));
        return rows;
    }
}
