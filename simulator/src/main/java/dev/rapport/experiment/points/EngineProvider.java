package dev.rapport.experiment.points;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An engine that executes an experiment's runs elsewhere than on this machine's threads (Apache
 * Spark, in the {@code distributed} module), found with {@link ServiceLoader} so that the everyday
 * tool neither depends on nor loads it: the engine is there only when its jar is on the class path.
 */
public interface EngineProvider {
    /** The name {@code --engine} gives, e.g. {@code spark}. */
    String name();

    /**
     * An executor on the cluster at {@code master} (null: the one the launcher set, e.g. by
     * {@code spark-submit --master}). The caller closes it when it is {@link AutoCloseable}.
     *
     * @throws Unavailable when what the engine needs is not on the class path (Spark itself)
     */
    RunExecutor open(String master);

    /** The engine's jar is on the class path but what it runs on is not: says what is missing. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String missing) {
            super(missing);
        }
    }

    /** The provider called {@code name} on the class path, if any. */
    static Optional<EngineProvider> find(String name) {
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
