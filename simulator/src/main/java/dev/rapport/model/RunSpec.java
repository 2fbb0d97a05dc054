package dev.rapport.model;

import dev.rapport.scenario.EdgeListData;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.StrategySpec;
import java.util.Optional;

/**
 * Everything one run depends on: the scenario, its edge list if any, the strategy played and the
 * replication index. A run is a pure function of this value: the replication's seed comes from the
 * scenario seed and the index alone, so every strategy meets the same consumers, network and draws.
 */
public record RunSpec(Scenario scenario, Optional<EdgeListData> edges, StrategySpec strategy, int replication) {

    public long replicationSeed() {
        return StreamRandom.replicationSeed(scenario.seed(), replication);
    }

    /** Index of the brand that plays the strategy. */
    public int strategyBrand() {
        String name = strategy.brand() != null ? strategy.brand() : scenario.focalBrand().name();
        return scenario.brandIndex(name);
    }
}
