package dev.rapport.distributed;

import dev.rapport.experiment.points.RunKey;
import org.apache.spark.api.java.function.Function;

/** The Spark task's function: one run of the shipped run function. */
final class RunTask implements Function<RunKey, TaskOutcome> {
    private static final long serialVersionUID = 1L;

    private final ShippedRuns runs;

    RunTask(ShippedRuns runs) {
        this.runs = runs;
    }

    @Override
    public TaskOutcome call(RunKey key) {
        return TaskOutcome.of(key, runs.function());
    }
}
