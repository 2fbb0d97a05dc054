package dev.rapport.bench;

import dev.rapport.model.MarketModel;
import dev.rapport.scenario.LoadedScenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Bytes per consumer the full model holds: heap in use after full collections with a started
 * model of the flagship's mixed strategy (Watts–Strogatz degree 20, daily ticks) that has run its
 * first week, minus the heap in use before it was built, divided by the consumers. Everything
 * reachable from the model counts (consumers' arrays, network, voices, history); the generator's
 * temporary arrays do not, being garbage by then. Run in a JVM of its own, one size per JVM for
 * the cleanest figure:
 * {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.rapport.bench.MemoryFootprint 1000000}.
 */
public final class MemoryFootprint {
    private static final int COLLECTIONS = 5;
    private static final int DAYS = 7;

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            args = new String[] {"100000", "1000000"};
        }
        System.out.println("consumers,bytes,bytes_per_consumer");
        for (String arg : args) {
            int consumers = Integer.parseInt(arg);
            LoadedScenario loaded = Scenarios.flagship(consumers, Scenarios.DEGREE, "day", 156);
            long before = usedAfterCollections();
            MarketModel model = Scenarios.model(loaded, Scenarios.MIXED, 0, (t, week, brand, values) -> { });
            model.start();
            for (int d = 0; d < DAYS; d++) {
                model.schedule.step(model);
            }
            long after = usedAfterCollections();
            long held = after - before;
            System.out.printf(Locale.ROOT, "%d,%d,%.1f%n", consumers, held, (double) held / consumers);
            // Keeps the model reachable until the second measurement is taken.
            java.lang.ref.Reference.reachabilityFence(model);
        }
    }

    private static long usedAfterCollections() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
