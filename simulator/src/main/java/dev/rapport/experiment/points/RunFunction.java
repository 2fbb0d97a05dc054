package dev.rapport.experiment.points;

import java.io.Serializable;

/**
 * One run of an experiment as a pure function of its key: the values of the experiment's
 * metrics, in its order. Serializable so that a cluster can ship it to its workers; whatever
 * executes it, the same key gives the same values.
 */
@FunctionalInterface
public interface RunFunction extends Serializable {
    /** Runs the simulation of {@code key}; throws when the run fails. */
    double[] run(RunKey key);
}
