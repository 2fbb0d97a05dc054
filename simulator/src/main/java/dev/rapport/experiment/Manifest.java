package dev.rapport.experiment;

import java.util.List;

/**
 * What was run, written as {@code manifest.json} beside the results so that anyone can reproduce
 * them: the scenario file and its SHA-256, the seeds, the strategies, the versions, when it ran,
 * and whether it completed.
 */
public record Manifest(String rapportVersion, String javaVersion, String scenarioFile, String scenarioName,
                       String scenarioSha256, long seed, int replications, List<Long> replicationSeeds, int threads,
                       double tickWeeks, double horizonWeeks, String focalBrand, String objective, List<String> brands,
                       List<StrategyEntry> strategies, List<String> overrides, String started, String finished,
                       boolean complete) {

    /** A strategy as reports need it: name, brand, kind and budget. */
    public record StrategyEntry(String name, String brand, String kind, String description, Double budget) {
    }
}
