package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.MoneyAmount;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;
import java.util.List;

/**
 * One way for a brand to use its budget: a timed plan of levers. Strategies are compared on the
 * same market: replication r of every strategy plays on the same consumers, network and random
 * draws, so differences come from the strategy.
 */
@Doc("A strategy: a brand's timed plan of levers and its budget.")
public record StrategySpec(
        @Required @Doc("Strategy name, used in outputs: unique, also in its letters a-z and digits alone (chart file names keep only those); visible characters only.") String name,
        @Doc("The brand that plays this strategy (default: the focal brand).") String brand,
        @Default("other") @Doc("What kind of strategy this is, for reports: spend, invest, mixed or other.") Kind kind,
        @Default("''") @Doc("A sentence on what the strategy does.") String description,
        @MoneyAmount @Range(min = 0) @Doc("Total budget for the horizon; levers stop when it is used up (none = no cap).") Double budget,
        @Doc("Levers with the weeks they run and their intensity.") List<LeverSpec> plan) {

    /** The declared character of a strategy. */
    public enum Kind { SPEND, INVEST, MIXED, OTHER }

    public StrategySpec {
        name = DisplayNames.normalize(name);
        brand = DisplayNames.normalize(brand);
        plan = List.copyOf(plan);
    }
}
