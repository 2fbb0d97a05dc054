package dev.rapport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A case's results are the same whatever the number of threads that runs its replications. */
class SuiteThreadsTest {
    @Test
    void cascadeResultsDoNotDependOnThreads() {
        assertEquals(run(1), run(3));
    }

    private static List<CaseResult> run(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return new CascadeCase("star", 0.3, 300).run(new Replications(pool));
        } finally {
            pool.shutdownNow();
        }
    }
}
