package dev.rapport.validation;

import dev.rapport.model.MarketModel;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The market the facts are checked on: the bundled flagship scenario (scenarios/spend-vs-invest.yaml)
 * as users run it, recorded every week so that units can be summed over any window, with the
 * caller's overrides (smaller populations in tests).
 */
final class Flagship {
    static final String FILE = "spend-vs-invest.yaml";

    private Flagship() {
    }

    static LoadedScenario load(List<String> overrides, String... more) {
        List<String> all = new ArrayList<>(overrides);
        all.add("outputs.every_weeks=1");
        all.addAll(List.of(more));
        return BundledScenario.load(FILE, all);
    }

    static StrategySpec strategy(LoadedScenario loaded, String name) {
        return loaded.scenario().effectiveStrategies().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the flagship has no strategy " + name));
    }

    /** Units sold (purchases) per recorded week of one strategy's run on replication {@code replication}. */
    static Trajectory units(LoadedScenario loaded, StrategySpec strategy, int replication) {
        Trajectory t = new Trajectory(Metric.PURCHASES);
        new MarketModel(new RunSpec(loaded.scenario(), loaded.edges(), strategy, replication), t).runToHorizon();
        return t;
    }
}
