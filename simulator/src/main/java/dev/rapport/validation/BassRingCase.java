package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import java.util.List;

/**
 * Bass on a ring of two neighbours each (scenarios/validation/bass-ring.yaml): the adopter share
 * against Fibich &amp; Gibori's closed form 1 − exp(−(p+q)t + (q/p)(1 − e^{−pt})) at every recorded
 * t in [0, 30]. Adoption on a ring is spatially correlated, so the standard error comes from the
 * spread across replications, not from a binomial formula.
 */
final class BassRingCase implements ValidationCase {
    /** The band around the ring's closed form at N = 200,000. */
    static final double BAND = 0.005;

    private final int size;
    private final int replications;

    BassRingCase(int size, int replications) {
        this.size = size;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Bass on a ring (N = %d x %d)", size, replications);
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        LoadedScenario ring = BundledScenario.load("validation/bass-ring.yaml", List.of("population.size=" + size));
        Curve curve = Curve.of(runs.run(ring, replications, Metric.CUSTOMERS), Metric.CUSTOMERS, size);
        double maxDev = 0;
        for (int t = 0; t < curve.weeks().length; t++) {
            double expected = ClassicAnswers.bassRing(BassCompleteCase.P, BassCompleteCase.Q, curve.weeks()[t]);
            maxDev = Math.max(maxDev, Math.abs(curve.mean()[t] - expected));
        }
        double se = curve.maxSe();
        return List.of(CaseResult.within("Bass on a ring: max abs(F_sim(t) - F_ring(t)), t in [0, 30]", 0, maxDev,
                BAND + 3 * se, Format.f("N = %d x %d runs, tick %s weeks; tol = 0.005 (issue) + 3 SE, SE <= %s",
                        size, replications, Format.num(ring.scenario().time().tick().weeks()), Format.num(se))));
    }
}
