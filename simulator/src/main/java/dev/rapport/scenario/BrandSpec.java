package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.MoneyAmount;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;
import java.util.List;

/**
 * A brand (and the tribe around it): its purpose in the value space, product quality, price and
 * margin, where it starts, and the plan it follows unless a strategy replaces it.
 */
@Doc("A competing brand.")
public record BrandSpec(
        @Required @Doc("Brand name: unique; visible characters only.") String name,
        @Default("[0.5, 0.5]") @Range(min = 0, max = 1) @Doc("The brand's purpose as a point in the value space (same dimensions as segments' values).") List<Double> purpose,
        @Default("0.8") @Range(min = 0, max = 1) @Doc("Probability that a purchase is a good experience.") double quality,
        @Default("40") @MoneyAmount @Range(min = 0.01, max = 1e9) @Doc("List price per purchase.") double price,
        @Default("0.35") @Range(min = 0, max = 1) @Doc("Gross margin as a share of list price (unit cost = price x (1 - margin)).") double margin,
        @Default("0.1") @Range(min = 0, max = 1) @Doc("Share of consumers aware of the brand at the start.") double initialAwareness,
        @Default("0.01") @Range(min = 0, max = 1) @Doc("Share of consumers who are its customers at the start.") double initialCustomers,
        @Range(min = 0) @Doc("Consumer ids who are its customers at the start (for seeding cascades), on top of initial_customers.") List<Integer> initialCustomerIds,
        @Default("0") @Range(min = 0, max = 1) @Doc("Share of consumers who are its detractors at the start (seeds negative talk); initial_customers + initial_detractors is at most 1.") double initialDetractors,
        @MoneyAmount @Range(min = 0) @Doc("Budget for the whole horizon when the brand plays its own plan (none = no cap).") Double budget,
        @Doc("The brand's own plan of levers, used unless a strategy replaces it.") List<LeverSpec> plan) {

    public BrandSpec {
        name = DisplayNames.normalize(name);
        purpose = List.copyOf(purpose);
        initialCustomerIds = List.copyOf(initialCustomerIds);
        plan = List.copyOf(plan);
        if (purpose.isEmpty()) {
            throw new IllegalArgumentException("purpose needs at least one dimension");
        }
    }
}
