package dev.rapport.experiment;

/**
 * A run that failed for a reason other than the scenario's validity, with what is needed to
 * reproduce it alone: the strategy, the replication and its seed.
 */
public final class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String strategy;
    private final int replication;
    private final long replicationSeed;

    public SimulationException(String strategy, int replication, long replicationSeed, Throwable cause) {
        super("run of strategy '" + strategy + "', replication " + replication + " (seed " + replicationSeed
                + ") failed: " + cause, cause);
        this.strategy = strategy;
        this.replication = replication;
        this.replicationSeed = replicationSeed;
    }

    public String strategy() {
        return strategy;
    }

    public int replication() {
        return replication;
    }

    public long replicationSeed() {
        return replicationSeed;
    }
}
