package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;

/**
 * One parameter of a sweep: a scenario value by its {@code --set} path, and the range it is
 * varied over. Whether the path exists and both ends are allowed values is checked by loading the
 * scenario with each end set, so that the scenario's own ranges apply.
 */
@Doc("A scenario value varied by a sweep.")
public record SweptParameter(
        @Required @Doc("The value's path, as --set writes it: market.potential, mechanisms.word_of_mouth.trial_rate, strategies[invest].budget, strategies[spend].plan[0].per_week.") String path,
        @Required @Doc("Lowest value tried; must be a value the scenario allows at that path.") double low,
        @Required @Doc("Highest value tried; at least 'low'.") double high,
        @Default("3") @Range(min = 1, max = 1000) @Doc("Values of a grid design, evenly spaced from low to high (1: the middle of the range).") int levels) {

    public SweptParameter {
        if (Double.isFinite(low) && Double.isFinite(high) && high < low) {
            throw new IllegalArgumentException("'high' at least 'low' (" + low + ") for " + path + ", found high " + high);
        }
    }
}
