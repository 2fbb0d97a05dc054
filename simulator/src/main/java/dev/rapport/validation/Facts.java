package dev.rapport.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The empirical generalisations of marketing science checked on the flagship market
 * (scenarios/spend-vs-invest.yaml as it ships): advertising and price elasticities measured on
 * paired runs (common random numbers), and customer value and churn by acquisition channel. Each
 * row is a {@link FactResult}: published value, the model's value with its interval, and the band
 * it must fall in with the reason for the band. {@code rapport selfcheck --facts} and the
 * validation profile's tests run it. Results depend on the replications and overrides, never on
 * the number of threads.
 */
public final class Facts {
    /** Enough for intervals narrower than the bands, in a few minutes on two cores. */
    public static final int DEFAULT_REPLICATIONS = 20;

    private final int replications;
    private final int threads;
    private final List<String> overrides;

    public Facts(int replications, int threads) {
        this(replications, threads, List.of());
    }

    /** With scenario overrides on the flagship (e.g. a smaller population for tests). */
    public Facts(int replications, int threads, List<String> overrides) {
        if (replications < 2) {
            throw new IllegalArgumentException("an interval needs at least 2 replications");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.replications = replications;
        this.threads = threads;
        this.overrides = List.copyOf(overrides);
    }

    /** The experiments, in the order they run and print. */
    List<FactCase> cases() {
        return List.of(
                new AdvertisingElasticity(overrides, 0.10, replications),
                new PriceElasticity(overrides, 0.05, replications),
                new CustomerValueFacts(overrides, replications));
    }

    /** Titles of the experiments, in order (what a {@code match} is tested against). */
    public List<String> titles() {
        return cases().stream().map(FactCase::title).toList();
    }

    /** Runs every experiment, reporting each title to {@code progress} as it starts. */
    public List<FactResult> run(Consumer<String> progress) {
        return run(progress, "");
    }

    /** Runs the experiments whose title contains {@code match} (ignoring case; "" runs them all). */
    public List<FactResult> run(Consumer<String> progress, String match) {
        String wanted = match.toLowerCase(Locale.ROOT);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rapport-facts");
            t.setDaemon(true);
            return t;
        });
        try {
            Replications runs = new Replications(pool);
            List<FactResult> results = new ArrayList<>();
            for (FactCase c : cases()) {
                if (c.title().toLowerCase(Locale.ROOT).contains(wanted)) {
                    progress.accept(c.title());
                    results.addAll(c.run(runs));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
