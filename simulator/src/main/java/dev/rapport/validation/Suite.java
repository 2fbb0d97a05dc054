package dev.rapport.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The validation suite: every case of issue 4 at one of two sizes. {@link Size#QUICK} runs in
 * about a minute on two cores with populations and replication counts reduced, its
 * tolerances widened accordingly (they follow from the sample size); {@link Size#FULL} runs the
 * issue's sizes (Bass N = 100,000, ring N = 200,000, ...) in minutes. Results depend only on the
 * size, never on the number of threads.
 */
public final class Suite {
    /** How large the samples are. */
    public enum Size { QUICK, FULL }

    private final Size size;
    private final int threads;

    public Suite(Size size, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.size = size;
        this.threads = threads;
    }

    /** The cases at this size, in the order they run and print. */
    List<ValidationCase> cases() {
        boolean full = size == Size.FULL;
        List<ValidationCase> cases = new ArrayList<>();
        cases.add(new BassCompleteCase(full ? 100_000 : 10_000, 4));
        cases.add(new BassRingCase(full ? 200_000 : 20_000, 4));
        cases.add(new BassRegularCase(full ? 100_000 : 10_000, 4, 3, 6, 12));
        int cascades = full ? 20_000 : 2_000;
        cases.add(new CascadeCase("triangle", 0.5, cascades));
        cases.add(new CascadeCase("star", 0.3, cascades));
        cases.add(new CascadeCase("path", 0.5, cascades));
        cases.add(full ? new SirCase(20_000, 30, 0.01) : new SirCase(5_000, 20, 0.02));
        // 20 paired runs in both suites: with 10, a 3-SE band on a t statistic of 9 degrees of freedom
        // fails about one row in 70 by chance alone, and the flagship now has twelve rows.
        cases.add(full ? new TickLengthCase(5_000, 156, 20) : new TickLengthCase(2_000, 52, 20));
        cases.add(new EconomicsCase(full ? 100_000 : 50_000, 4));
        return cases;
    }

    /** Runs every case, reporting each title to {@code progress} as it starts. */
    public List<CaseResult> run(Consumer<String> progress) {
        return run(progress, "");
    }

    /** Titles of the cases at this size, in order (what {@code --case} matches against). */
    public List<String> titles() {
        return cases().stream().map(ValidationCase::title).toList();
    }

    /**
     * Runs the cases whose title contains {@code match} (ignoring case; "" runs them all),
     * reporting each title to {@code progress} as it starts.
     */
    public List<CaseResult> run(Consumer<String> progress, String match) {
        String wanted = match.toLowerCase(java.util.Locale.ROOT);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rapport-selfcheck");
            t.setDaemon(true);
            return t;
        });
        try {
            Replications runs = new Replications(pool);
            List<CaseResult> results = new ArrayList<>();
            for (ValidationCase c : cases()) {
                if (!c.title().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                    continue;
                }
                progress.accept(c.title());
                results.addAll(c.run(runs));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
