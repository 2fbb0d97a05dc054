/**
 * Rapport's experiments on an Apache Spark cluster: the {@code spark} engine of {@code --engine}
 * ({@link dev.rapport.distributed.SparkEngineProvider}, found by the simulator through
 * {@link java.util.ServiceLoader}) and the {@link dev.rapport.distributed.SparkExecutor} that runs a
 * batch of runs as Spark tasks. Spark distributes runs, never the inside of a run: each run is a
 * pure function of its key, so the results, gathered in key order on the driver, are the in-JVM
 * engine's byte for byte whatever the executors, partitions or retries.
 *
 * <p>Internal to the tool; nothing here is imported by the simulator, and the model imports no Spark.
 */
package dev.rapport.distributed;
