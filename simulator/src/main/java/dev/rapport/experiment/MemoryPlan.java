package dev.rapport.experiment;

import dev.rapport.model.MarketModel;
import dev.rapport.scenario.LoadedScenario;
import java.util.Locale;

/**
 * Checks before a run starts that the runs in flight fit in the heap, so that a population too
 * large for the machine is refused at once with the memory it needs and how to raise the limit,
 * rather than failing an hour in.
 */
public final class MemoryPlan {
    /** Share of the maximum heap the runs may plan to use; the rest is for the JVM and the writer. */
    static final double USABLE_SHARE = 0.8;

    private MemoryPlan() {
    }

    /** Threads worth using: no more than the runs, and no more than fit in memory (at least one). */
    public static int threadsThatFit(LoadedScenario loaded, int requested, long maxHeap) {
        long perRun = MarketModel.estimateBytes(loaded.scenario(), loaded.edges());
        int runs = loaded.scenario().replications() * loaded.scenario().effectiveStrategies().size();
        int threads = Math.max(1, Math.min(requested, runs));
        while (threads > 1 && perRun * threads > USABLE_SHARE * maxHeap) {
            threads--;
        }
        return threads;
    }

    /** Throws {@link InsufficientMemoryException} when even one run does not fit. */
    public static void check(LoadedScenario loaded, long maxHeap) {
        long perRun = MarketModel.estimateBytes(loaded.scenario(), loaded.edges());
        if (perRun > USABLE_SHARE * maxHeap) {
            throw new InsufficientMemoryException(perRun, maxHeap);
        }
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    /** A scenario too large for the heap this JVM was given. */
    public static final class InsufficientMemoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InsufficientMemoryException(long needed, long available) {
            super("one run of this scenario needs about " + gib(needed) + " of memory, and this Java may use "
                    + gib(available) + " (80% of it for runs). Raise the limit, e.g. RAPPORT_JAVA_OPTS=-Xmx"
                    + suggestedGib(needed) + "g ./rapport run ... (or java -Xmx" + suggestedGib(needed)
                    + "g -jar rapport.jar run ...), or reduce population.size or the network's degree");
        }

        /** A heap, in whole GiB, in which one run fits with room for the JVM. */
        private static long suggestedGib(long needed) {
            return Math.max(1, (long) Math.ceil(needed / USABLE_SHARE / (1024.0 * 1024 * 1024)) + 1);
        }
    }
}
