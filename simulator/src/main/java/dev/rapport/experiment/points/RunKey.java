package dev.rapport.experiment.points;

import java.io.Serializable;

/**
 * One run of an experiment: a strategy at a point in one replication. A run is a pure function
 * of its key (and the experiment's scenario), so runs can be done in any order, anywhere.
 */
public record RunKey(int point, int strategy, int replication) implements Serializable {
    public RunKey {
        if (point < 0 || strategy < 0 || replication < 0) {
            throw new IllegalArgumentException("run key " + point + "/" + strategy + "/" + replication);
        }
    }

    /**
     * The run's place in the fixed order: point, then replication, then strategy (so that the
     * strategies of one replication, paired on the same random numbers, sit together).
     */
    public long index(int strategies, int replications) {
        return ((long) point * replications + replication) * strategies + strategy;
    }

    /** The key at {@code index} of the fixed order. */
    public static RunKey at(long index, int strategies, int replications) {
        int strategy = (int) (index % strategies);
        long rest = index / strategies;
        return new RunKey((int) (rest / replications), strategy, (int) (rest % replications));
    }
}
