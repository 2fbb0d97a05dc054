package dev.rapport.distributed;

import dev.rapport.experiment.points.EngineProvider;
import dev.rapport.experiment.points.RunExecutor;

/** The {@code spark} engine of {@code --engine}, registered in {@code META-INF/services}. */
public final class SparkEngineProvider implements EngineProvider {
    private static final String LOGGER_CONTEXT = "log4j2.loggerContextFactory";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunExecutor open(String master) {
        try {
            // Spark is provided by the launcher (spark-submit); a plain java -cp may lack it.
            Class.forName("org.apache.spark.SparkContext", false, SparkEngineProvider.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new Unavailable("Apache Spark is not on the class path");
        }
        // The reports module points the Log4j API at its silent simple logger for the everyday CLI
        // (log4j2.component.properties); Spark casts to Log4j's own implementation, so ask for it,
        // unless the launcher chose.
        if (System.getProperty(LOGGER_CONTEXT) == null) {
            System.setProperty(LOGGER_CONTEXT, "org.apache.logging.log4j.core.impl.Log4jContextFactory");
        }
        return SparkExecutor.start(master);
    }
}
