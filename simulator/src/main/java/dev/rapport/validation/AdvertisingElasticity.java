package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.WeekRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The advertising elasticity of sales on the flagship's market (Sethuraman, Tellis &amp; Briesch
 * 2011), measured the way their short- and long-term elasticities are defined (a Koyck model with
 * carryover): advertising at the spend strategy's weekly level all along (its advertising line
 * alone, without its discounts or the budget cap that ends them, which would confound the
 * response), raised by {@code step} (10%) from week 53 to the horizon, replication by replication
 * against the unchanged plan. Short term: extra units in the first quarter of the change (weeks
 * 53-65) over the unchanged run's units in it. Long term: extra units in the last quarter (weeks
 * 144-156), when the sustained change's carryover has built up, over the unchanged run's units in
 * it.
 */
final class AdvertisingElasticity implements FactCase {
    static final String STRATEGY = "spend";
    static final WeekRange CHANGE = new WeekRange(53, 156);
    static final WeekRange FIRST_QUARTER = new WeekRange(53, 65);
    static final WeekRange LAST_QUARTER = new WeekRange(144, 156);

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
        return Format.f("Advertising elasticity: %s's advertising %+.0f%% from week %d (%d paired runs)", STRATEGY,
                100 * step, CHANGE.from(), replications);
    }

    /** Units of the unchanged and the changed plan, replication by replication. */
    record Pair(Trajectory unchanged, Trajectory changed) {
    }

    /** The paired runs: replication r of both plans on the same seeds. */
    List<Pair> pairs(Replications runs) {
        LoadedScenario loaded = Flagship.load(overrides);
        StrategySpec spend = Flagship.strategy(loaded, STRATEGY);
        List<LeverSpec> ads = spend.plan().stream().filter(l -> l instanceof LeverSpec.Advertising).toList();
        StrategySpec plan = new StrategySpec(spend.name(), spend.brand(), spend.kind(), spend.description(), null, ads);
        StrategySpec raised = Pulse.advertising(CHANGE, step).applyTo(plan, loaded.scenario().time());
        return runs.each(replications, r -> new Pair(Flagship.units(loaded, plan, r), Flagship.units(loaded, raised, r)));
    }

    @Override
    public List<FactResult> run(Replications runs) {
        return rows(pairs(runs));
    }

    /** The short- and long-term rows of these pairs. */
    List<FactResult> rows(List<Pair> pairs) {
        int n = pairs.size();
        double[] firstBase = new double[n];
        double[] firstChanged = new double[n];
        double[] lastBase = new double[n];
        double[] lastChanged = new double[n];
        for (int r = 0; r < n; r++) {
            firstBase[r] = pairs.get(r).unchanged().sum(Metric.PURCHASES, FIRST_QUARTER);
            firstChanged[r] = pairs.get(r).changed().sum(Metric.PURCHASES, FIRST_QUARTER);
            lastBase[r] = pairs.get(r).unchanged().sum(Metric.PURCHASES, LAST_QUARTER);
            lastChanged[r] = pairs.get(r).changed().sum(Metric.PURCHASES, LAST_QUARTER);
        }
        String method = Format.f("the %s strategy's advertising alone (no discounts, no budget cap), %+.0f%% from "
                + "week %d on; units (purchases); %d paired runs on common random numbers", STRATEGY, 100 * step,
                CHANGE.from(), n);
        List<FactResult> out = new ArrayList<>();
        out.add(new FactResult("Short-term advertising elasticity of sales", "0.12 (mean of 751)",
                "Sethuraman, Tellis & Briesch 2011, JMR 48(3)",
                FactResult.over(Elasticity.paired(firstBase, firstChanged, firstBase, step)),
                FactResult.Band.between(0.03, 0.30),
                "0.12 is a mean over categories with a wide spread: only about half of the estimates are significantly "
                        + "above 0, other meta-analyses give 0.09 and 0.22; a quarter to 2.5 times the mean",
                method + Format.f("; short term: the first quarter of the change, weeks %d-%d",
                        FIRST_QUARTER.from(), FIRST_QUARTER.to())));
        out.add(new FactResult("Long-term advertising elasticity of sales", "0.24 (mean of 402)",
                "Sethuraman, Tellis & Briesch 2011, JMR 48(3)",
                FactResult.over(Elasticity.paired(lastBase, lastChanged, lastBase, step)),
                FactResult.Band.between(0.06, 0.60),
                "the same spread as the short term (the earlier meta-analysis implied 0.41); a quarter to 2.5 times the "
                        + "mean, and carryover makes it at least the short-term value",
                method + Format.f("; long term: the last quarter, weeks %d-%d, when the change's carryover has built up",
                        LAST_QUARTER.from(), LAST_QUARTER.to())));
        return out;
    }
}
