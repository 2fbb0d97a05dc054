package dev.rapport.cli;

import dev.rapport.experiment.points.EngineProvider;
import dev.rapport.experiment.points.LocalExecutor;
import dev.rapport.experiment.points.RunExecutor;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --engine} and {@code --master} options of the experiments that run many points:
 * where their runs execute. {@code local} is this machine's threads; {@code spark} an Apache Spark
 * cluster, found with {@link EngineProvider} only when the distributed jar is on the class path, so
 * that the everyday tool neither needs nor loads Spark. Results do not depend on the engine.
 */
final class EngineOption {
    static final String LOCAL = "local";
    static final String SPARK = "spark";
    /** How to run with Spark when the tool was started without it. */
    static final String HOW = "run the command through Spark instead: spark-submit --class dev.rapport.cli.Main "
            + "distributed/target/rapport-distributed.jar <command> ... --engine spark "
            + "(build the jar with: mvn -B -pl distributed -am package -DskipTests; see docs/distributed.md)";

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Where the runs execute: local (this machine's threads, the default) or spark (an Apache Spark "
                    + "cluster, through the distributed jar; see docs/distributed.md). Results do not depend on it.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark, the Spark master: local[*], spark://HOST:7077, yarn, k8s://... "
                    + "(default: the one spark-submit was given, else local[*]).")
    String master;

    /** An engine opened for one command; closing it stops a cluster's session. */
    record Opened(RunExecutor executor) implements AutoCloseable {
        /** Whether the runs stay on this machine's threads. */
        boolean local() {
            return executor instanceof LocalExecutor;
        }

        /** {@code experiment} with its runs on this engine: as it is on the local engine, else on the cluster. */
        dev.rapport.experiment.Experiment onto(dev.rapport.experiment.Experiment experiment) {
            return local() ? experiment : experiment.on(executor);
        }

        @Override
        public void close() {
            if (executor instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("could not stop the " + SPARK + " engine: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Opens the engine chosen; a bad choice, or Spark asked for but absent, is a {@link UserException}.
     *
     * @param threads the runs at once on this machine (the local engine's pool)
     */
    Opened open(int threads) {
        String chosen = name();
        if (LOCAL.equals(chosen)) {
            if (master != null) {
                throw new UserException("--master " + master + " needs --engine spark");
            }
            return new Opened(new LocalExecutor(threads));
        }
        if (!SPARK.equals(chosen)) {
            throw new UserException("--engine must be local or spark, not '" + engine + "'");
        }
        EngineProvider provider = EngineProvider.find(SPARK).orElseThrow(() -> new UserException(
                "--engine spark: Rapport's Spark engine is not on the class path of this command; " + HOW));
        try {
            return new Opened(provider.open(master));
        } catch (EngineProvider.Unavailable e) {
            // The distributed jar is there but Spark, which it expects from its launcher, is not.
            throw new UserException("--engine spark: " + e.getMessage() + "; " + HOW);
        }
    }

    private String name() {
        return engine == null ? LOCAL : engine.strip().toLowerCase(Locale.ROOT);
    }
}
