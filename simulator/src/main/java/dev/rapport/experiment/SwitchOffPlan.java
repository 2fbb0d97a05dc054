package dev.rapport.experiment;

import dev.rapport.scenario.LeverSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.OutputSpec;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import dev.rapport.scenario.TimeSpec;
import dev.rapport.scenario.WeekRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The runs of {@code rapport switch-off}: each strategy of a scenario as planned and, beside it,
 * the same strategy with every plan line cut at week {@code T} (it runs weeks 1 to T as planned,
 * nothing after), and the do-nothing baseline. All are strategies of one derived scenario, so
 * replication r of every variant plays on the same consumers, network and random draws (common
 * random numbers) and the two variants of a strategy are identical up to week T.
 *
 * <p>A line written as a {@code budget_share} or {@code per_month} is cut as the {@code per_week}
 * it resolves to in the planned run: a share spread over fewer weeks would spend more per week and
 * change the run before T.
 */
final class SwitchOffPlan {
    /** What the switched-off variant's name adds to the strategy's. */
    static final String SUFFIX = "-off";

    private final Scenario original;
    private final int week;
    /** Each strategy switched off (baseline excepted), with the name of its switched-off run. */
    private final Map<StrategySpec, String> offNames = new LinkedHashMap<>();
    private final Scenario derived;

    SwitchOffPlan(Scenario original, int week) {
        this.original = original;
        this.week = week;
        List<StrategySpec> runs = new ArrayList<>();
        List<String> taken = original.effectiveStrategies().stream().map(StrategySpec::name).toList();
        for (StrategySpec s : original.effectiveStrategies()) {
            if (s.name().equals(Scenario.BASELINE)) {
                continue;
            }
            runs.add(s);
            StrategySpec cut = cut(s, week, original.time());
            if (cut.plan().equals(s.plan())) {
                // Nothing planned after T: the switched-off run is the planned run (a run is a pure
                // function of its plan and replication), so it is not run twice.
                offNames.put(s, s.name());
                continue;
            }
            String name = s.name() + SUFFIX;
            if (taken.contains(name)) {
                throw new ExperimentInputException("the scenario already has a strategy named '" + name
                        + "', the name switch-off gives to '" + s.name() + "' switched off; rename it");
            }
            offNames.put(s, name);
            runs.add(cut);
        }
        if (offNames.isEmpty()) {
            throw new ExperimentInputException("the scenario has no strategy to switch off (only the baseline runs)");
        }
        OutputSpec out = original.outputs();
        TreeSet<Double> checkpoints = new TreeSet<>(out.checkpointsWeeks());
        checkpoints.add((double) week);
        // Every week recorded (or every tick, with ticks longer than a week), week T among them,
        // and the baseline run whatever the scenario says: the measures need all three.
        OutputSpec recorded = new OutputSpec(Math.max(1.0, original.time().tick().weeks()), List.copyOf(checkpoints),
                out.objective(), out.focalBrand(), true, out.confidence());
        this.derived = new Scenario(original.name(), original.description(), original.seed(), original.replications(),
                original.time(), original.population(), original.network(), original.market(), original.mechanisms(),
                original.brands(), runs, original.events(), recorded, original.uncertain(), original.experiment());
    }

    /**
     * The strategy with every plan line cut at week {@code week}: lines that start after it are
     * dropped, the others end at it at the latest; money lines keep the weekly spend they have in
     * the planned run.
     */
    static StrategySpec cut(StrategySpec s, int week, TimeSpec time) {
        List<LeverSpec> lines = new ArrayList<>();
        for (LeverSpec line : s.plan()) {
            WeekRange w = line.weeks();
            if (w.from() > week) {
                continue;
            }
            WeekRange weeks = w.to() <= week ? w : new WeekRange(w.from(), week);
            lines.add(weeks == w ? line : within(line, weeks, s.budget(), time));
        }
        return new StrategySpec(s.name() + SUFFIX, s.brand(), s.kind(),
                "'" + s.name() + "' with every plan line cut at week " + week, s.budget(), lines);
    }

    private static LeverSpec within(LeverSpec line, WeekRange weeks, Double budget, TimeSpec time) {
        if (line instanceof LeverSpec.Discount d) {
            return new LeverSpec.Discount(weeks, d.depth());
        }
        double perWeek = ((LeverSpec.Money) line).weeklySpend(budget, time);
        if (line instanceof LeverSpec.Advertising) {
            return new LeverSpec.Advertising(weeks, perWeek, null, null);
        } else if (line instanceof LeverSpec.PaidReach) {
            return new LeverSpec.PaidReach(weeks, perWeek, null, null);
        } else if (line instanceof LeverSpec.ValueDelivery) {
            return new LeverSpec.ValueDelivery(weeks, perWeek, null, null);
        } else if (line instanceof LeverSpec.Community) {
            return new LeverSpec.Community(weeks, perWeek, null, null);
        } else if (line instanceof LeverSpec.AdvocateProgramme) {
            return new LeverSpec.AdvocateProgramme(weeks, perWeek, null, null);
        }
        return new LeverSpec.Listening(weeks, ((LeverSpec.Listening) line).share(), perWeek, null, null);
    }

    /** The scenario whose strategies are the planned and switched-off runs and the baseline. */
    Scenario derived() {
        return derived;
    }

    /** The derived scenario with what the scenario file came with, for the manifest. */
    LoadedScenario derived(LoadedScenario loaded) {
        return new LoadedScenario(derived, loaded.file(), loaded.text(), loaded.sha256(), loaded.overrides(),
                loaded.edges(), loaded.locations(), loaded.warnings());
    }

    /** The strategies switched off, in scenario order. */
    List<StrategySpec> strategies() {
        return List.copyOf(offNames.keySet());
    }

    /** The name of the strategy's switched-off run (its own name when nothing was planned after T). */
    String offName(StrategySpec s) {
        return Optional.ofNullable(offNames.get(s)).orElseThrow();
    }

    int week() {
        return week;
    }

    Scenario original() {
        return original;
    }
}
