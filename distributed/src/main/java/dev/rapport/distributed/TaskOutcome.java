package dev.rapport.distributed;

import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.RunResult;
import java.io.Serializable;

/**
 * What one run gave on an executor, as it travels back to the driver: its values, or what it threw
 * as text, the exception's {@code toString()} (its class may not deserialize on the driver, its
 * text always does, and the text is what the result files record of a failure).
 */
record TaskOutcome(double[] values, String failure) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Runs {@code key}; a run that throws is one run's failure, not the task's, so Spark does not retry it. */
    static TaskOutcome of(RunKey key, RunFunction function) {
        try {
            return new TaskOutcome(function.run(key), null);
        } catch (Throwable e) {
            // As the local engine does: one run's failure (a bug, a pathological point) must not cost the others.
            return new TaskOutcome(null, String.valueOf(e));
        }
    }

    /** The result as the driver hands it on, with the run's key. */
    RunResult result(RunKey key) {
        return failure == null ? new RunResult(key, values, null) : new RunResult(key, null, new RemoteRunException(failure));
    }
}
