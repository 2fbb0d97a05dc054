package dev.rapport.scenario;

import dev.rapport.scenario.bind.Doc;

/**
 * The planning experiments run on a scenario ({@code rapport sweep}, ...): what to vary and how.
 * The section changes nothing in {@code rapport run}; the model never reads it.
 */
@Doc("Planning experiments on this scenario: what to vary and how (rapport sweep). Ignored by rapport run.")
public record ExperimentSpec(
        @Doc("What rapport sweep varies: parameters by their --set path, the design that places the points, and the replications per point.") SweepSpec sweep) {
}
