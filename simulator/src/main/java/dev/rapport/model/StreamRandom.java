package dev.rapport.model;

/**
 * A counter-based random stream: the draws for one consumer in one tick are a pure function of
 * (replication key, purpose, tick, consumer), via SplitMix64 (Steele, Lea &amp; Flood 2014).
 *
 * <p>Why not one sequential generator for the run: with one stream, a strategy that changes one
 * consumer's behaviour shifts every later draw of every other consumer, and the common random
 * numbers that make strategy comparisons precise are lost. Keyed streams keep consumer i's draws
 * in tick t the same across strategies, and would let a tick be split across threads without
 * changing results.
 */
final class StreamRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    /** Positions the stream at the start of (key, tick, consumer)'s draws. */
    void reset(long key, long tick, long consumer) {
        state = start(key, tick, consumer);
    }

    double nextDouble() {
        state += GOLDEN;
        return unit(state);
    }

    /** Where (key, tick, consumer)'s stream starts: {@link #reset}'s state. */
    static long start(long key, long tick, long consumer) {
        return mix(key ^ mix(tick * 0xD1B54A32D192ED03L + consumer * 0xABC98388FB8FAC03L + 0x632BE59BD9B4E019L));
    }

    /**
     * The n-th draw (from 1) of the stream that starts at {@code start}: what {@link #nextDouble}
     * gives after n − 1 draws or skips, without a stream to keep.
     */
    static double draw(long start, int n) {
        return unit(start + n * GOLDEN);
    }

    private static double unit(long state) {
        return (mix(state) >>> 11) * 0x1.0p-53;
    }

    /**
     * Moves past {@code n} draws without making them: the draws after are those that would have
     * followed, so a draw whose value turns out not to matter need not be made.
     */
    void skip(int n) {
        state += n * GOLDEN;
    }

    int nextInt(int bound) {
        return (int) (nextDouble() * bound);
    }

    /**
     * A Poisson draw by inversion; the means in the model are small (purchases or deliveries in
     * one tick), so the loop runs about mean + 1 times. Large means fall back to a normal
     * approximation to bound the work.
     */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            double u1 = nextDouble();
            double u2 = nextDouble();
            double z = Math.sqrt(-2 * Math.log(Math.max(u1, 1e-300))) * Math.cos(2 * Math.PI * u2);
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
        }
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = nextDouble();
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /**
     * Whether the exponential waiting time −ln(1 − u)/rate that {@code u} gives surely ends after
     * {@code span} weeks: the test without the logarithm, for the many draws of a short tick that
     * bring no event. −ln(1 − u) ≥ u, and a margin of a billionth of {@code scale} (the longest
     * span in play) is far beyond the rounding of the test with the logarithm, so whenever this
     * says yes, that test says so too and a run's results do not change by a bit.
     */
    static boolean waitOutlasts(double u, double rate, double span, double scale) {
        return u >= rate * (span + 1e-9 * scale);
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of replication {@code r} of a scenario seeded with {@code seed}. */
    static long replicationSeed(long seed, int replication) {
        return mix(seed * GOLDEN + mix(replication + 1L));
    }
}
