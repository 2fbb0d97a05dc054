package dev.rapport.gui;

import dev.rapport.experiment.ParameterDraws;
import dev.rapport.model.Metric;
import dev.rapport.model.RunSpec;
import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.ScenarioLoader;
import dev.rapport.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which run the GUI plays: one strategy of a loaded scenario, one replication, so that it is the
 * very run {@code rapport run} makes of that strategy and replication (same {@link RunSpec}, same
 * seed). A new seed is taken as the scenario's seed, as {@code --seed} would set it, replication 0.
 *
 * @param loaded      the scenario as loaded, with the command line's overrides
 * @param strategy    the strategy played, by name
 * @param replication the replication played (0-based)
 */
public record WatchedRun(LoadedScenario loaded, String strategy, int replication) {

    public WatchedRun {
        if (replication < 0 || replication >= loaded.scenario().replications()) {
            throw new IllegalArgumentException("replication must be between 0 and "
                    + (loaded.scenario().replications() - 1) + ", not " + replication);
        }
        strategyOf(loaded, strategy);
    }

    /** The run played first: the strategy named, or the scenario's first. */
    public static WatchedRun of(LoadedScenario loaded, String strategy, int replication) {
        String name = strategy != null ? strategy : loaded.scenario().effectiveStrategies().get(0).name();
        return new WatchedRun(loaded, name, replication);
    }

    private static StrategySpec strategyOf(LoadedScenario loaded, String name) {
        List<StrategySpec> all = loaded.scenario().effectiveStrategies();
        return all.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no strategy " + name + " in "
                        + loaded.sourceName() + "; it has " + all.stream().map(StrategySpec::name).toList()));
    }

    /**
     * The run's spec, as the experiment builds it: on the replication's drawn values when the
     * scenario has uncertain ones, with the strategy taken from that same scenario.
     */
    public RunSpec spec() {
        ParameterDraws draws = new ParameterDraws(loaded.scenario(), Set.of());
        Scenario market = draws.isEmpty() ? loaded.scenario() : draws.scenario(replication);
        StrategySpec played = strategyOf(loaded, strategy);
        int index = loaded.scenario().effectiveStrategies().indexOf(played);
        return new RunSpec(market, loaded.edges(), market.effectiveStrategies().get(index), replication);
    }

    /**
     * The same strategy with scenario seed {@code seed}, replication 0: the scenario reloaded from
     * its file with {@code seed=...} added to its overrides, as {@code rapport run --seed} loads it.
     */
    public WatchedRun withSeed(long seed) {
        List<String> overrides = new ArrayList<>(loaded.overrides());
        overrides.add("seed=" + seed);
        LoadedScenario reloaded = new ScenarioLoader(Metric.names()).load(loaded.file(), overrides);
        return new WatchedRun(reloaded, strategy, 0);
    }
}
