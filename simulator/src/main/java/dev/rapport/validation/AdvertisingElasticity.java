package dev.rapport.validation;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.WeekRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The advertising elasticity of sales on the flagship's spend strategy (Sethuraman, Tellis &amp;
 * Briesch 2011). Advertising is raised by {@code step} (10%) for four weeks mid-horizon (weeks
 * 79-82, clear of the yearly discounts), replication by replication against the unchanged plan.
 * Short term: extra units in those four weeks over the unchanged run's units in them. Long term:
 * extra units over those weeks and the 52 after (carryover included), over the same reference:
 * for a one-off pulse this is the cumulative effect the Koyck long-term elasticity measures.
 */
final class AdvertisingElasticity implements FactCase {
    static final String STRATEGY = "spend";
    static final WeekRange PULSE = new WeekRange(79, 82);
    static final int CARRYOVER_WEEKS = 52;
    static final WeekRange WITH_CARRYOVER = new WeekRange(PULSE.from(), PULSE.to() + CARRYOVER_WEEKS);

    private final List<String> overrides;
    private final double step;
    private final int replications;

    AdvertisingElasticity(List<String> overrides, double step, int replications) {
        this.overrides = List.copyOf(overrides);
        this.step = step;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Advertising elasticity: %s, advertising %+.0f%% in weeks %d-%d (%d paired runs)", STRATEGY,
                100 * step, PULSE.from(), PULSE.to(), replications);
    }

    /** Units of the unchanged and the changed plan, replication by replication. */
    record Pair(Trajectory unchanged, Trajectory changed) {
    }

    /** The paired runs: replication r of both plans on the same seeds. */
    List<Pair> pairs(Replications runs) {
        LoadedScenario loaded = Flagship.load(overrides);
        StrategySpec plan = Flagship.strategy(loaded, STRATEGY);
        StrategySpec pulsed = Pulse.advertising(PULSE, step).applyTo(plan, loaded.scenario().time());
        return runs.each(replications, r -> new Pair(run(loaded, plan, r), run(loaded, pulsed, r)));
    }

    @Override
    public List<FactResult> run(Replications runs) {
        return rows(pairs(runs));
    }

    /** The short- and long-term rows of these pairs. */
    List<FactResult> rows(List<Pair> pairs) {
        int n = pairs.size();
        double[] pulseBase = new double[n];
        double[] pulseChanged = new double[n];
        double[] longBase = new double[n];
        double[] longChanged = new double[n];
        for (int r = 0; r < n; r++) {
            pulseBase[r] = pairs.get(r).unchanged().sum(Metric.PURCHASES, PULSE);
            pulseChanged[r] = pairs.get(r).changed().sum(Metric.PURCHASES, PULSE);
            longBase[r] = pairs.get(r).unchanged().sum(Metric.PURCHASES, WITH_CARRYOVER);
            longChanged[r] = pairs.get(r).changed().sum(Metric.PURCHASES, WITH_CARRYOVER);
        }
        String method = Format.f("%s strategy, advertising %+.0f%% in weeks %d-%d, units (purchases) in those weeks; "
                + "%d paired runs on common random numbers", STRATEGY, 100 * step, PULSE.from(), PULSE.to(), n);
        List<FactResult> out = new ArrayList<>();
        out.add(new FactResult("Short-term advertising elasticity of sales", "0.12 (mean of 751)",
                "Sethuraman, Tellis & Briesch 2011, JMR 48(3)",
                FactResult.over(Elasticity.paired(pulseBase, pulseChanged, pulseBase, step)),
                FactResult.Band.between(0.03, 0.30),
                "0.12 is a mean over categories with a wide spread: only about half of the estimates are significantly "
                        + "above 0, other meta-analyses give 0.09 and 0.22; a quarter to 2.5 times the mean",
                method));
        out.add(new FactResult("Long-term advertising elasticity of sales", "0.24 (mean of 402)",
                "Sethuraman, Tellis & Briesch 2011, JMR 48(3)",
                FactResult.over(Elasticity.paired(longBase, longChanged, pulseBase, step)),
                FactResult.Band.between(0.06, 0.60),
                "the same spread as the short term (the earlier meta-analysis implied 0.41); a quarter to 2.5 times the "
                        + "mean, and carryover makes it at least the short-term value",
                method + Format.f("; long term: extra units in weeks %d-%d over the pulse weeks' units",
                        WITH_CARRYOVER.from(), WITH_CARRYOVER.to())));
        return out;
    }

    private static Trajectory run(LoadedScenario loaded, StrategySpec strategy, int replication) {
        Trajectory t = new Trajectory(Metric.PURCHASES);
        new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, replication), t).runToHorizon();
        return t;
    }
}
