package dev.rapport.experiment.optimize;

import dev.rapport.experiment.Statistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Response curves at the optimum, as Meridian and Robyn draw them: for each lever, incremental
 * profit against the lever's spend over the horizon, the other levers held at their spend at the
 * optimum. The lever's spend goes to 0, half, 1.5 and twice its spend at the optimum (a tenth of
 * the budget stands in for a lever the optimum leaves out), its periods in the optimum's proportions;
 * the strategy's budget becomes what the plan spends, so a curve may go beyond the budget the
 * optimum had to share. The marginal return at the optimum is the slope between its neighbours on
 * the curve (one-sided at an end): what one more unit of money in the lever adds to incremental
 * profit, 0 at an interior optimum, above 0 where the budget binds.
 */
final class ResponseCurves {
    private final Optimization optimization;
    private final IntFunction<double[]> incremental;

    /**
     * @param incremental a placed point's incremental profit, replication by replication
     */
    ResponseCurves(Optimization optimization, IntFunction<double[]> incremental) {
        this.optimization = optimization;
        this.incremental = incremental;
    }

    List<OptimizeOutcome.ResponseRow> curves(Evaluations runs, OptimizeOutcome.TraceRow best) {
        BudgetSplit split = optimization.split();
        double budget = optimization.plan().budget();
        double level = optimization.scenario().scenario().outputs().confidence();
        double[] shares = best.shares();
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        List<OptimizeOutcome.ResponseRow> out = new ArrayList<>();
        for (String lever : split.levers()) {
            List<Integer> own = split.ofLever(lever);
            double atOptimum = own.stream().mapToDouble(i -> shares[i]).sum();
            double reference = atOptimum >= 0.01 ? atOptimum : 0.1;
            double others = (total - atOptimum) * budget;
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(atOptimum * budget, incremental.apply(best.point()), true));
            for (double m : Optimization.LEVELS) {
                double spend = Math.round(m * reference * budget * 100) / 100.0; // to the cent, as money is written
                double newBudget = others + spend;
                double[] moved = new double[shares.length];
                for (int i = 0; i < shares.length; i++) {
                    double money = own.contains(i)
                            ? spend * (atOptimum > 0 ? shares[i] / atOptimum : 1.0 / own.size())
                            : shares[i] * budget;
                    moved[i] = newBudget > 0 ? Math.floor(money / newBudget * 1e12) / 1e12 : 0;
                }
                int point = runs.place(PlanScenario.settings(moved, newBudget));
                rows.add(new Row(spend, incremental.apply(point), false));
            }
            rows.sort(Comparator.comparingDouble(Row::spend));
            Row optimum = rows.stream().filter(Row::optimum).findFirst().orElseThrow();
            // The nearest spends below and above the optimum's (a lever left out has its curve's 0 there too).
            Row left = rows.stream().filter(x -> x.spend < optimum.spend).reduce((a, b) -> b).orElse(optimum);
            Row right = rows.stream().filter(x -> x.spend > optimum.spend).findFirst().orElse(optimum);
            Double marginal = right.spend > left.spend ? (mean(right.values) - mean(left.values)) / (right.spend - left.spend) : null;
            for (Row row : rows) {
                out.add(new OptimizeOutcome.ResponseRow(lever, row.spend, Statistics.meanSdInterval(row.values, level),
                        row.optimum, row.optimum ? marginal : null));
            }
        }
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private record Row(double spend, double[] values, boolean optimum) {
    }
}
