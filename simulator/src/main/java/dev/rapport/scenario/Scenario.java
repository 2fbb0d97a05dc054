package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole scenario: the market (population, network, brands), the behavioural mechanisms and
 * their parameters, the strategies to compare on that market, events, and how to run and record
 * it. Everything but the name and the brands has a default.
 */
@Doc("A market, the brands in it, the strategies to compare and how to run them.")
public record Scenario(
        @Required @Doc("Name shown in the output and reports; visible characters only.") String name,
        @Default("''") @Doc("What the scenario is about, in a sentence or two.") String description,
        @Default("20261123") @Range(min = 0) @Doc("Master random seed, a whole number from 0 to 9223372036854775807"
                + " (2^63 - 1), read exactly; replication r uses a seed derived from it and r.") long seed,
        @Default("20") @Range(min = 1, max = 100000) @Doc("Replications per strategy (independent markets, shared by all strategies).") int replications,
        @Doc("Horizon and tick length.") TimeSpec time,
        @Doc("Consumers and their segments.") PopulationSpec population,
        @Default("{type: watts_strogatz}") @Doc("Who talks to whom.") NetworkSpec network,
        @Doc("Purchase behaviour common to all brands.") MarketSpec market,
        @Doc("The behavioural mechanisms, each with its parameters and an 'enabled' switch.") Mechanisms mechanisms,
        @Required @Doc("The competing brands; the first is the focal brand unless outputs.focal_brand says otherwise.") List<BrandSpec> brands,
        @Doc("Strategies to compare; each replaces one brand's plan. None: one 'own_plans' run of the brands' own plans. A 'baseline' is added unless outputs.baseline is false.") List<StrategySpec> strategies,
        @Doc("Events such as crises, at set weeks.") List<EventSpec> events,
        @Doc("What to record and summarise.") OutputSpec outputs,
        @Doc("Values nobody knows exactly, each with a distribution: every replication draws one value of each, the same for all its strategies, "
                + "so intervals cover both seed noise and this uncertainty. None: every value as given.") List<UncertainParameter> uncertain,
        @Doc("Planning experiments on this scenario (rapport sweep); rapport run ignores it.") ExperimentSpec experiment) {

    public Scenario {
        name = DisplayNames.normalize(name);
        brands = List.copyOf(brands);
        strategies = List.copyOf(strategies);
        events = List.copyOf(events);
        uncertain = List.copyOf(uncertain);
    }

    /**
     * The category's usual price that willingness to pay is a multiple of: the market's
     * {@code reference_price}, or the mean list price of the brands when it is not given.
     */
    public double referencePrice() {
        if (market.referencePrice() != null) {
            return market.referencePrice();
        }
        return brands.stream().mapToDouble(BrandSpec::price).average().orElse(1);
    }

    /** The brand whose outcomes the headline compares. */
    public BrandSpec focalBrand() {
        if (outputs.focalBrand() == null) {
            return brands.get(0);
        }
        return brands.stream().filter(b -> b.name().equals(outputs.focalBrand())).findFirst().orElse(brands.get(0));
    }

    /** The name of the do-nothing run every strategy is measured against. */
    public static final String BASELINE = "baseline";

    /**
     * The strategies to run: those given (or one 'own_plans' run of every brand's own plan), then
     * the {@link #BASELINE} last unless {@code outputs.baseline} is false. Without strategies and
     * with a focal brand that has no plan, the brands' own plans are the baseline: one run.
     */
    public List<StrategySpec> effectiveStrategies() {
        BrandSpec focal = focalBrand();
        List<StrategySpec> out = new ArrayList<>(strategies);
        if (out.isEmpty()) {
            if (focal.plan().isEmpty()) {
                return List.of(new StrategySpec(BASELINE, focal.name(), StrategySpec.Kind.OTHER,
                        "each brand's own plan; the focal brand has none", focal.budget(), focal.plan()));
            }
            out.add(new StrategySpec("own_plans", focal.name(), StrategySpec.Kind.OTHER,
                    "each brand's own plan", focal.budget(), focal.plan()));
        }
        if (outputs.baseline()) {
            // Rivals keep their own plans, as in every strategy: only the focal brand stops.
            out.add(new StrategySpec(BASELINE, focal.name(), StrategySpec.Kind.OTHER,
                    "the focal brand with no plan and no spend", 0.0, List.of()));
        }
        return List.copyOf(out);
    }

    /** Whether the runs include the do-nothing {@link #BASELINE}, so that incremental metrics exist. */
    public boolean hasBaseline() {
        return effectiveStrategies().stream().anyMatch(st -> st.name().equals(BASELINE));
    }

    /** Number of ticks to the horizon (the horizon rounded to whole ticks). */
    public int ticks() {
        return (int) Math.round(time.horizonWeeks() / time.tick().weeks());
    }

    public int brandIndex(String brandName) {
        for (int i = 0; i < brands.size(); i++) {
            if (brands.get(i).name().equals(brandName)) {
                return i;
            }
        }
        return -1;
    }
}
