package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Well-mixed SIR spread of negative word of mouth (scenarios/validation/sir.yaml: customers are
 * susceptible, detractors infected, lapsed recovered; β = conversion_rate, γ = recovery_rate,
 * R0 = β/γ = 2). The final size, the share of the starting customers who ever turned detractor,
 * averaged over major outbreaks, against the root of r = 1 − e^{−R0 r}.
 *
 * <p>Tolerance: 3 standard errors of that mean, plus the known deterministic offset of this
 * configuration from the classic answer — a tick of dt makes a detractor talk for a geometric
 * number of ticks, so the effective R0 is β·dt/(1 − e^{−γ·dt}), and the few starting detractors add
 * their own pressure; both are computed, not fitted.
 */
final class SirCase implements ValidationCase {
    static final double R0 = 2;
    /** Outbreaks that reach this share are major; minor ones stay at a few consumers. */
    private static final double MAJOR = 0.2;

    private final int size;
    private final int replications;
    private final double tick;

    SirCase(int size, int replications, double tick) {
        this.size = size;
        this.replications = replications;
        this.tick = tick;
    }

    @Override
    public String title() {
        return Format.f("SIR final size, R0 = 2 (N = %d x %d, tick %s)", size, replications, Format.num(tick));
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        LoadedScenario s = BundledScenario.load("validation/sir.yaml",
                List.of("population.size=" + size, "time.tick=" + tick));
        double[] sizes = runs.run(s, replications, Metric.CUSTOMERS).stream()
                .mapToDouble(t -> 1 - t.last(Metric.CUSTOMERS) / t.value(Metric.CUSTOMERS, 0)).toArray();
        double[] major = Arrays.stream(sizes).filter(z -> z > MAJOR).toArray();
        double expected = ClassicAnswers.sirFinalSize(R0);
        if (major.length < 2) {
            return List.of(CaseResult.within("SIR well mixed, R0 = 2: final size of major outbreaks", expected, Double.NaN,
                    0, Format.f("only %d major outbreaks in %d runs", major.length, replications)));
        }
        Sample sample = Sample.of(major);
        double offset = Math.abs(discreteFinalSize(s.scenario()) - expected);
        return List.of(CaseResult.within("SIR well mixed, R0 = 2: final size of major outbreaks", expected, sample.mean(),
                3 * sample.se() + offset,
                Format.f("N = %d, %d of %d runs major, tick %s; tol = 3 SE (SE = %s) + tick and seeding offset %s",
                        size, major.length, replications, Format.num(tick), Format.num(sample.se()), Format.num(offset))));
    }

    /**
     * Deterministic final size of the configured discrete model: z = 1 − exp(−R·(s0·z + i0)) with
     * R = β·dt/(1 − e^{−γ·dt})·N/(N − 1) and i0 the starting detractor share.
     */
    static double discreteFinalSize(Scenario scenario) {
        Mechanisms.Detraction d = scenario.mechanisms().detraction();
        double dt = scenario.time().tick().weeks();
        int n = scenario.population().size();
        double r = d.conversionRate() * dt / -Math.expm1(-d.recoveryRate() * dt) * n / (n - 1.0);
        double i0 = 1 - scenario.brands().get(0).initialCustomers();
        double s0 = 1 - i0;
        double z = 1;
        for (int k = 0; k < 10_000; k++) {
            double next = 1 - Math.exp(-r * (s0 * z + i0));
            if (Math.abs(next - z) < 1e-15) {
                return next;
            }
            z = next;
        }
        return z;
    }
}
