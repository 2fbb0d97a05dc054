package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import java.util.List;

/**
 * Bass on random k-regular graphs (scenarios/validation/bass-random-regular.yaml with
 * network.degree set to each k): imitation from one's own few contacts is slower than from the
 * whole population, so the curve lies below complete mixing's closed form at every t and rises
 * towards it as k grows. Checked one-sided at every recorded t (a violation must exceed 3 standard
 * errors), and the spread between the smallest and largest k at t = 8 must be significant.
 */
final class BassRegularCase implements ValidationCase {
    private static final double GAP_WEEK = 8;

    private final int size;
    private final int replications;
    private final int[] degrees;

    BassRegularCase(int size, int replications, int... degrees) {
        this.size = size;
        this.replications = replications;
        this.degrees = degrees.clone();
    }

    @Override
    public String title() {
        return Format.f("Bass on random regular graphs, k = %s (N = %d x %d)", java.util.Arrays.toString(degrees), size,
                replications);
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        Curve[] curves = new Curve[degrees.length];
        double dt = 0;
        for (int d = 0; d < degrees.length; d++) {
            LoadedScenario s = BundledScenario.load("validation/bass-random-regular.yaml",
                    List.of("population.size=" + size, "network.degree=" + degrees[d], "outputs.every_weeks=0.5"));
            dt = s.scenario().time().tick().weeks();
            curves[d] = Curve.of(runs.run(s, replications, Metric.CUSTOMERS), Metric.CUSTOMERS, size);
        }
        double se = 0;
        for (Curve c : curves) {
            se = Math.max(se, c.maxSe());
        }
        double above = Double.NEGATIVE_INFINITY;
        double rise = Double.POSITIVE_INFINITY;
        double[] w = curves[0].weeks();
        for (int t = 1; t < w.length; t++) {
            double complete = ClassicAnswers.bass(BassCompleteCase.P, BassCompleteCase.Q, w[t]);
            for (int d = 0; d < degrees.length; d++) {
                above = Math.max(above, curves[d].mean()[t] - complete);
                if (d > 0) {
                    rise = Math.min(rise, curves[d].mean()[t] - curves[d - 1].mean()[t]);
                }
            }
        }
        int g = curves[0].indexAt(GAP_WEEK);
        double gap = curves[degrees.length - 1].mean()[g] - curves[0].mean()[g];
        String ks = java.util.Arrays.toString(degrees);
        String sample = Format.f("k = %s, N = %d x %d runs each, tick %s weeks", ks, size, replications, Format.num(dt));
        double pairSe = Math.sqrt(2) * se;
        return List.of(
                CaseResult.atMost("Bass on random k-regular: max over k, t of F_k(t) - F(t)", 0, above, 3 * se,
                        sample + Format.f("; below complete mixing; tol = 3 SE, SE <= %s", Format.num(se))),
                CaseResult.atLeast("Bass on random k-regular: min over t of F_k'(t) - F_k(t), k < k'", 0, rise, 3 * pairSe,
                        sample + "; rising with k; tol = 3 SE of a difference"),
                CaseResult.above(Format.f("Bass on random k-regular: F_%d - F_%d at t = %s", degrees[degrees.length - 1],
                        degrees[0], Format.num(GAP_WEEK)), 0, gap, 3 * pairSe,
                        sample + "; the rise must be larger than 3 SE of a difference"));
    }
}
