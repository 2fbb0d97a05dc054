package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;
import java.util.List;

/**
 * A named group of consumers with its own share of the population, its sensitivities (each a
 * distribution consumers are drawn from) and the centre of its values in the value space that
 * brands' purposes live in.
 */
@Doc("A segment of consumers.")
public record SegmentSpec(
        @Required @Doc("Segment name: unique; visible characters only.") String name,
        @Default("1") @Range(min = 0, max = 1) @Doc("Share of the population in this segment.") double share,
        @Default("{mean: 1, sd: 0.3}") @Doc("Sensitivity to advertising (multiplies advertising's effect).") Distribution adSensitivity,
        @Default("{mean: 1, sd: 0.3}") @Doc("Sensitivity to price and discounts.") Distribution priceSensitivity,
        @Default("{mean: 1, sd: 0.3}") @Doc("Sensitivity to social proof (what one's contacts buy).") Distribution socialSensitivity,
        @Default("{mean: 1, sd: 0.5}") @Doc("Propensity to talk about brands (multiplies one's word of mouth).") Distribution talkativeness,
        @Default("{mean: 1.3, sd: 0.3}") @Doc("Willingness to pay, as a multiple of market.reference_price.") Distribution willingnessToPay,
        @Default("[0.5, 0.5]") @Range(min = 0, max = 1) @Doc("Centre of the segment's values (same dimensions as brands' purpose).") List<Double> values,
        @Default("0.15") @Range(min = 0, max = 1) @Doc("Spread (sd per dimension) of members' values around the centre.") double valuesSpread) {

    public SegmentSpec {
        name = DisplayNames.normalize(name);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values needs at least one dimension");
        }
    }
}
