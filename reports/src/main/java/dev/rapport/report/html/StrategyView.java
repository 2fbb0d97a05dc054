package dev.rapport.report.html;

/**
 * A strategy as the report introduces it.
 *
 * @param name        its name
 * @param kind        spend, invest, mixed or other
 * @param brand       the brand that plays it
 * @param description the scenario's words for it, or empty
 * @param budget      its budget written out, or empty when the manifest gives none
 * @param colour      its colour in every chart, {@code #rrggbb}
 */
public record StrategyView(String name, String kind, String brand, String description,
                           String budget, String colour) {
}
