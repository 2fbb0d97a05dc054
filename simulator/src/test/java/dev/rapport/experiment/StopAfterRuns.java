package dev.rapport.experiment;

/**
 * A progress listener for tests that asks for a stop once a number of runs have finished, as
 * Ctrl-C would part-way through an experiment.
 */
public final class StopAfterRuns implements ProgressListener {
    private final int runs;
    private final StopSignal stop;
    private int finished;

    public StopAfterRuns(int runs, StopSignal stop) {
        this.runs = runs;
        this.stop = stop;
    }

    @Override
    public void start(int totalRuns) {
    }

    @Override
    public void runFinished(String strategy, int replication) {
        if (++finished == runs) {
            stop.request();
        }
    }

    @Override
    public void end() {
    }
}
