package dev.rapport.experiment.points;

/**
 * What one run gave: its metric values, or the exception it threw (then {@code values} is null).
 */
public record RunResult(RunKey key, double[] values, Throwable failure) {
    public RunResult {
        if ((values == null) == (failure == null)) {
            throw new IllegalArgumentException("a run result has values or a failure, not both or neither");
        }
    }

    static RunResult of(RunKey key, RunFunction function) {
        try {
            return new RunResult(key, function.run(key), null);
        } catch (Throwable e) {
            // One run's failure (a bug, a pathological point) must not cost the others' results.
            return new RunResult(key, null, e);
        }
    }

    public boolean failed() {
        return failure != null;
    }
}
