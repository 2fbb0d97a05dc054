package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Range;
import java.util.List;

/**
 * A sweep: parameters, each addressed by its {@code --set} path with a low and a high value, a
 * design that places points in the box they span, and replications per point (every strategy at
 * every point, on common random numbers: replication r has the same seed everywhere).
 *
 * @param replications null: the scenario's own {@code replications}
 */
@Doc("What rapport sweep varies.")
public record SweepSpec(
        @Default("grid") @Doc("How points are placed between each parameter's low and high: grid (every combination of each parameter's levels), latin_hypercube (points spread so that each parameter's range is cut into 'points' equal strata, each used once) or sobol (a Sobol low-discrepancy sequence).") Design design,
        @Default("16") @Range(min = 1, max = 1000000) @Doc("Points of a latin_hypercube or sobol design; a grid has the product of the parameters' levels.") int points,
        @Range(min = 1, max = 100000) @Doc("Replications of every strategy at each point (default: the scenario's replications).") Integer replications,
        @Doc("The parameters varied, each by the path --set would use.") List<SweptParameter> parameters) {

    /** How a sweep places its points. */
    public enum Design { GRID, LATIN_HYPERCUBE, SOBOL }

    public SweepSpec {
        parameters = List.copyOf(parameters);
    }
}
