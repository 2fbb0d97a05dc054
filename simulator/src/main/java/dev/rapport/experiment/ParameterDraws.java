package dev.rapport.experiment;

import dev.rapport.scenario.LoadedScenario;
import dev.rapport.scenario.Scenario;
import dev.rapport.scenario.UncertainMarket;
import dev.rapport.scenario.UncertainParameter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values of a scenario's {@code uncertain:} parameters in each replication. Replication r's
 * value of a parameter is its distribution's inverse at a uniform number that is a pure function
 * of the scenario seed, r and the parameter's path (SplitMix64, as the model's streams): not of
 * the thread count, the strategy, the order runs finish in, or the other parameters, so every
 * strategy of a replication meets the same market, a resumed or verified run draws the same
 * values, and adding a parameter leaves the others' draws as they were. The experiments over points
 * ({@code rapport sweep} and the commands built on it) draw through this class too, so replication r
 * of a point meets the values replication r of {@code rapport run} meets.
 */
public final class ParameterDraws {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Keeps these draws apart from the model's own streams of the same replication. */
    private static final long PURPOSE = 0x7F4A7C159E3779B9L;

    private final UncertainMarket market;
    private final long seed;

    ParameterDraws(LoadedScenario loaded) {
        this(loaded.scenario(), Set.of());
    }

    /**
     * The draws of a scenario's uncertain values but those at {@code fixed} paths: an experiment's
     * point that sets a value itself keeps it (its value wins over the draw). Leaving a path out
     * changes no other path's draws, which depend on their own path alone.
     */
    public ParameterDraws(Scenario scenario, Collection<String> fixed) {
        Set<String> set = fixed.stream().map(ParameterDraws::normal).collect(Collectors.toSet());
        List<UncertainParameter> drawn = scenario.uncertain().stream().filter(p -> !set.contains(normal(p.path()))).toList();
        // Without uncertain values nothing is re-read: the run is exactly what it was before the section existed.
        this.market = drawn.isEmpty() ? null : new UncertainMarket(scenario, drawn);
        this.seed = scenario.seed();
    }

    /** Whether there is anything to draw; without, every replication is the scenario as given. */
    public boolean isEmpty() {
        return market == null;
    }

    /** The parameters drawn, in the order of the section. */
    public List<UncertainParameter> parameters() {
        return market == null ? List.of() : market.parameters();
    }

    /** The uniform number in (0, 1) behind parameter {@code i}'s draw in replication {@code r}. */
    double uniform(int replication, int i) {
        long key = mix(seed * GOLDEN + mix(replication + 1L)) ^ mix(pathKey(market.parameters().get(i).path()) + PURPOSE);
        // Never exactly 0 or 1, where inverse distribution functions are infinite.
        return ((mix(key) >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Replication {@code r}'s values, in the order of the section. */
    public double[] values(int replication) {
        double[] u = new double[market.parameters().size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = uniform(replication, i);
        }
        return market.values(u);
    }

    /** The scenario replication {@code r} runs on; only when there is something to draw ({@link #isEmpty}). */
    public Scenario scenario(int replication) {
        return market.with(values(replication));
    }

    /** The scenario with every uncertain value at its median: the runs that measure seed noise alone. */
    Scenario central() {
        return market.with(market.medians());
    }

    /** A path's own 64-bit key (FNV-1a over its characters, spaces ignored as the path reader ignores them). */
    private static long pathKey(String path) {
        long h = 0xcbf29ce484222325L;
        for (char c : normal(path).toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }

    /** A path without spaces, as the path reader reads it. */
    private static String normal(String path) {
        return path.replaceAll("\\s+", "");
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
