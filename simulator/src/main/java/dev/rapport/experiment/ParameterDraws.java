package dev.rapport.experiment;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.UncertainMarket;
import dev.rapport.scenario.UncertainParameter;
import java.util.List;

/**
 * The values of a scenario's {@code uncertain:} parameters in each replication. Replication r's
 * value of a parameter is its distribution's inverse at a uniform number that is a pure function
 * of the scenario seed, r and the parameter's path (SplitMix64, as the model's streams): not of
 * the thread count, the strategy, the order runs finish in, or the other parameters, so every
 * strategy of a replication meets the same market, a resumed or verified run draws the same
 * values, and adding a parameter leaves the others' draws as they were.
 */
final class ParameterDraws {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Keeps these draws apart from the model's own streams of the same replication. */
    private static final long PURPOSE = 0x7F4A7C159E3779B9L;

    private final UncertainMarket market;
    private final long seed;

    ParameterDraws(LoadedScenario loaded) {
        // Without uncertain values nothing is re-read: the run is exactly what it was before the section existed.
        this.market = loaded.scenario().uncertain().isEmpty() ? null : new UncertainMarket(loaded.scenario());
        this.seed = loaded.scenario().seed();
    }

    /** Whether the scenario has uncertain parameters; without, every replication is the scenario as given. */
    boolean isEmpty() {
        return market == null;
    }

    List<UncertainParameter> parameters() {
        return market == null ? List.of() : market.parameters();
    }

    /** The uniform number in (0, 1) behind parameter {@code i}'s draw in replication {@code r}. */
    double uniform(int replication, int i) {
        long key = mix(seed * GOLDEN + mix(replication + 1L)) ^ mix(pathKey(market.parameters().get(i).path()) + PURPOSE);
        // Never exactly 0 or 1, where inverse distribution functions are infinite.
        return ((mix(key) >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Replication {@code r}'s values, in the order of the section. */
    double[] values(int replication) {
        double[] u = new double[market.parameters().size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = uniform(replication, i);
        }
        return market.values(u);
    }

    /** The scenario replication {@code r} runs on. */
    Scenario scenario(int replication) {
        return market.with(values(replication));
    }

    /** The scenario with every uncertain value at its median: the runs that measure seed noise alone. */
    Scenario central() {
        return market.with(market.medians());
    }

    /** A path's own 64-bit key (FNV-1a over its characters, spaces ignored as the path reader ignores them). */
    private static long pathKey(String path) {
        long h = 0xcbf29ce484222325L;
        for (char c : path.replaceAll("\\s+", "").toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
