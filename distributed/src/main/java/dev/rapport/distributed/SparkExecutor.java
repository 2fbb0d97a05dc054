package dev.rapport.distributed;

import dev.rapport.experiment.StopSignal;
import dev.rapport.experiment.points.EdgeListRuns;
import dev.rapport.experiment.points.RunExecutor;
import dev.rapport.experiment.points.RunFunction;
import dev.rapport.experiment.points.RunKey;
import dev.rapport.experiment.points.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a batch of runs as Spark tasks. The batch is cut into jobs of a few runs per core, a few
 * jobs in flight at once (Spark's FIFO scheduler gives a later job the cores an earlier one no
 * longer needs), and each job's results are handed on, in key order, as soon as it and the jobs
 * before it are done: so the {@link dev.rapport.experiment.points.PointEngine} saves results as
 * they come, and a killed driver loses only the jobs in flight. A lost executor or task is Spark's
 * to retry ({@code spark.task.maxFailures}); a run is a pure function of its key, so a retried run
 * gives the same values.
 */
public final class SparkExecutor implements RunExecutor, AutoCloseable {
    /** Jobs in flight: enough that cores never wait for the driver, few enough that a stop is soon. */
    static final int JOBS_IN_FLIGHT = 3;
    /** Runs per task: a task costs a few milliseconds to schedule, a run of a small scenario not much more. */
    static final int RUNS_PER_TASK = 2;

    private final JavaSparkContext spark;
    private final boolean owned;
    /** Edge lists broadcast so far, by file: sent once per experiment, not once per batch. */
    private final Map<Path, Broadcast<byte[]>> edgeLists = new HashMap<>();

    private SparkExecutor(JavaSparkContext spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    /**
     * Starts a Spark session on {@code master}; null: the master the launcher set
     * ({@code spark-submit --master}), else {@code local[*]}, Spark embedded in this JVM.
     */
    public static SparkExecutor start(String master) {
        SparkConf conf = new SparkConf().setAppName("rapport");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        return new SparkExecutor(new JavaSparkContext(conf), true);
    }

    /** Runs on a session the caller started and stops. */
    public static SparkExecutor on(JavaSparkContext spark) {
        return new SparkExecutor(spark, false);
    }

    @Override
    public int execute(List<RunKey> keys, RunFunction function, Consumer<RunResult> results, StopSignal stop) {
        Broadcast<RunFunction> shipped = spark.broadcast(function);
        RunTask task = new RunTask(new ShippedRuns(shipped, edgeList(function)));
        Deque<Job> window = new ArrayDeque<>();
        try {
            int next = 0;
            int taken = 0;
            while (taken < keys.size()) {
                while (next < keys.size() && window.size() < JOBS_IN_FLIGHT) {
                    // Asked at every job: executors keep registering after the session starts (and may leave).
                    int cores = Math.max(1, spark.defaultParallelism());
                    List<RunKey> part = keys.subList(next, Math.min(keys.size(), next + cores * RUNS_PER_TASK));
                    int slices = Math.min(cores, part.size());
                    window.addLast(new Job(next, spark.parallelize(part, slices).map(task).collectAsync()));
                    next += part.size();
                }
                Job job = window.removeFirst();
                List<TaskOutcome> outcomes = await(job.outcomes(), stop);
                if (outcomes == null) {
                    return taken;
                }
                for (int i = 0; i < outcomes.size(); i++) {
                    if (stop.isRequested()) {
                        return taken;
                    }
                    results.accept(outcomes.get(i).result(keys.get(job.from() + i)));
                    taken++;
                }
            }
            return taken;
        } finally {
            window.forEach(j -> j.outcomes().cancel(true));
            // Not destroy(): a cancelled task may still be starting; Spark's cleaner drops it once unreachable.
            shipped.unpersist(false);
        }
    }

    /** A job in flight: the runs from {@code from} in the batch. */
    private record Job(int from, JavaFutureAction<List<TaskOutcome>> outcomes) {
    }

    /** The job's outcomes, or null when a stop is requested while waiting for them. */
    private static List<TaskOutcome> await(JavaFutureAction<List<TaskOutcome>> job, StopSignal stop) {
        while (true) {
            if (stop.isRequested()) {
                return null;
            }
            try {
                // Wakes up now and then to notice a stop: one run of a large scenario can take minutes.
                return job.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                if (stop.isRequested()) {
                    // Ctrl-C: Spark's own shutdown hook may have stopped the session under the job.
                    return null;
                }
                throw new IllegalStateException("Spark could not finish a job of runs (after its retries): "
                        + e.getCause(), e.getCause());
            }
        }
    }

    /** The broadcast bytes of the edge list {@code function} reads, or null when it reads none. */
    private Broadcast<byte[]> edgeList(RunFunction function) {
        if (!(function instanceof EdgeListRuns runs) || runs.edgeListFile() == null) {
            return null;
        }
        return edgeLists.computeIfAbsent(runs.edgeListFile(), file -> {
            try {
                return spark.broadcast(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the edge list " + file + " to send it to the cluster", e);
            }
        });
    }

    @Override
    public void close() {
        edgeLists.values().forEach(Broadcast::destroy);
        edgeLists.clear();
        if (owned) {
            spark.stop();
        }
    }
}
