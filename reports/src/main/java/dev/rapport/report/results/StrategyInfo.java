package dev.rapport.report.results;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One strategy of a run as the manifest declares it.
 *
 * @param name        the strategy's name, as in {@code series.csv}
 * @param brand       the brand that plays it
 * @param kind        its declared character
 * @param description the scenario's words for it, or empty
 * @param budget      its budget in currency, when the manifest gives one
 */
public record StrategyInfo(String name, String brand, StrategyKind kind, String description,
                           OptionalDouble budget) {

    public StrategyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        Objects.requireNonNull(budget, "budget");
    }

    /** A strategy seen in {@code series.csv} but not described by the manifest. */
    public static StrategyInfo undeclared(String name, String brand) {
        return new StrategyInfo(name, brand, StrategyKind.OTHER, "", OptionalDouble.empty());
    }
}
