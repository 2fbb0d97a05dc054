package dev.rapport.experiment.sensitivity;

/**
 * The method of a sensitivity analysis and its sizes.
 *
 * @param trajectories Morris: how many trajectories, r (at least 2, so that sigma exists)
 * @param levels       Morris: the grid's levels per parameter, p (even, at least 2)
 * @param baseSamples  Sobol: N, the rows of Saltelli's matrices A and B (at least 4; a power of two keeps the sequence balanced)
 * @param bootstrap    Sobol: bootstrap resamples for the intervals (at least 1)
 * @param seed         Morris' trajectories and the bootstrap's draws: the same seed, the same design and intervals
 */
public record SensitivitySettings(SensitivityMethod method, int trajectories, int levels, int baseSamples, int bootstrap,
                                  long seed) {
    public static final int DEFAULT_TRAJECTORIES = 10;
    public static final int DEFAULT_LEVELS = 4;
    public static final int DEFAULT_BASE_SAMPLES = 64;
    public static final int DEFAULT_BOOTSTRAP = 1000;
    /** Fewest base samples: with fewer the bootstrap resamples a handful of rows and its intervals mean little. */
    public static final int MIN_BASE_SAMPLES = 4;

    public SensitivitySettings {
        if (method == null) {
            throw new IllegalArgumentException("a sensitivity analysis needs a method: oat, morris or sobol");
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("--trajectories must be at least 2 (sigma needs two elementary effects), not "
                    + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("--levels must be even and at least 2 (4 is usual), not " + levels);
        }
        if (baseSamples < MIN_BASE_SAMPLES) {
            throw new IllegalArgumentException("--base-samples must be at least " + MIN_BASE_SAMPLES
                    + " (64 or more for usable Sobol indices), not " + baseSamples);
        }
        if (bootstrap < 1) {
            throw new IllegalArgumentException("--bootstrap must be at least 1, not " + bootstrap);
        }
    }
}
