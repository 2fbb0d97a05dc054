package dev.rapport.experiment;

/**
 * A run that threw instead of finishing, as recorded in the manifest: the replication and
 * strategy, the replication's seed, and the error, so that it can be reproduced alone with
 * {@code rapport run SCENARIO --only-replication N}.
 */
public record RunFailure(int replication, String strategy, long seed, String error) {
}
