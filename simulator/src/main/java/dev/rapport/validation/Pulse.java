package dev.rapport.validation;

import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.TimeSpec;
import dev.rapport.scenario.WeekRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A temporary step in one money lever: a plan line of the same lever over {@code weeks}, spending
 * {@code step} times what the plan spends on that lever in them (plan lines add up). A step of 0
 * adds a line that spends nothing, which must leave every run exactly as it was.
 *
 * @param lever the lever's type, to find the plan's spend on it
 * @param line  makes a line of that lever from its weeks and money per week
 * @param weeks when the step runs
 * @param step  the relative change, e.g. 0.1 for +10%
 */
record Pulse(Class<? extends LeverSpec.Money> lever, BiFunction<WeekRange, Double, LeverSpec> line, WeekRange weeks,
             double step) {

    static Pulse advertising(WeekRange weeks, double step) {
        return new Pulse(LeverSpec.Advertising.class, (w, x) -> new LeverSpec.Advertising(w, x, null, null), weeks, step);
    }

    /** The plan's money per week on the lever during the pulse; it must not change within it. */
    double weekly(StrategySpec plan, TimeSpec time) {
        double weekly = 0;
        for (LeverSpec l : plan.plan()) {
            if (lever.isInstance(l)) {
                boolean first = l.weeks().contains(weeks.from());
                if (first != l.weeks().contains(weeks.to())) {
                    throw new IllegalStateException("the plan's " + lever.getSimpleName() + " changes within weeks "
                            + weeks.toYaml());
                }
                if (first) {
                    weekly += ((LeverSpec.Money) l).weeklySpend(plan.budget(), time);
                }
            }
        }
        return weekly;
    }

    /** The plan with the step added. */
    StrategySpec applyTo(StrategySpec plan, TimeSpec time) {
        double weekly = weekly(plan, time);
        if (weekly <= 0) {
            throw new IllegalStateException("strategy " + plan.name() + " spends nothing on " + lever.getSimpleName()
                    + " in weeks " + weeks.toYaml());
        }
        List<LeverSpec> lines = new ArrayList<>(plan.plan());
        lines.add(line.apply(weeks, step * weekly));
        return new StrategySpec(plan.name(), plan.brand(), plan.kind(), plan.description(), plan.budget(), lines);
    }
}
