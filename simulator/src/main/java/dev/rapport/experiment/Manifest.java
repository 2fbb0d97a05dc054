package dev.rapport.experiment;

import java.util.List;

/**
 * What was run, written as {@code manifest.json} beside the results so that anyone can reproduce
 * them ({@code rapport verify} does): the scenario file, its absolute path and SHA-256, the
 * SHA-256 of an edge-list file it names, the overrides, the seeds, the strategies, the versions, when it ran, whether it completed, which
 * replications the folder holds and which runs failed.
 *
 * @param complete             the folder holds every replication of the scenario; false after an
 *                             interruption, a failed run, or a run of some replications only
 *                             ({@code --only-replication}); {@code rapport run --resume} finishes it
 * @param completedReplications the replications whose results are in the folder, ascending
 * @param failures             runs that threw, each with the seed that reproduces it
 * @param networkFileSha256    SHA-256 of the edge-list file the network reads, or null
 * @param error                the unexpected error that stopped the run early (not one run's
 *                             failure, not Ctrl-C), or null
 */
public record Manifest(String rapportVersion, String javaVersion, String scenarioFile, String scenarioPath,
                       String scenarioName, String scenarioSha256, long seed, int replications,
                       List<Long> replicationSeeds, int threads, double tickWeeks, double horizonWeeks,
                       String focalBrand, String objective, List<String> brands, List<StrategyEntry> strategies,
                       String networkFileSha256, List<String> overrides, String started, String finished,
                       boolean complete, List<Integer> completedReplications, List<RunFailure> failures,
                       String error) {

    /** A strategy as reports need it: name, brand, kind and budget. */
    public record StrategyEntry(String name, String brand, String kind, String description, Double budget) {
    }
}
