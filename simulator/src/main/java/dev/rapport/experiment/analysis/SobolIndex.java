package dev.rapport.experiment.analysis;

/**
 * A factor's Sobol indices: the share of the output's variance it explains alone ({@code first},
 * S_i) and together with all its interactions ({@code total}, S_Ti). Total minus first is what the
 * factor contributes through interactions; a total near 0 means the factor can be fixed anywhere.
 *
 * @param factor the factor's index (coordinate of the design)
 */
public record SobolIndex(int factor, IndexEstimate first, IndexEstimate total) {
}
