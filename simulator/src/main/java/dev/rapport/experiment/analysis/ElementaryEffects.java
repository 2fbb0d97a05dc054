package dev.rapport.experiment.analysis;

/**
 * A factor's Morris statistics over its r elementary effects EE = (y(x + step) - y(x)) / step.
 *
 * @param factor the factor's index (coordinate of the design)
 * @param mu     the mean elementary effect: its sign tells the direction, but effects of opposite
 *               sign cancel
 * @param muStar the mean absolute elementary effect (Campolongo, Cariboni and Saltelli 2007): the
 *               factor's overall importance, the measure to rank factors by
 * @param sigma  the sample standard deviation of the elementary effects (n - 1 denominator; NaN with
 *               a single trajectory): near 0 for a factor with a linear, additive effect, large for
 *               a non-linear one or one that interacts with others
 */
public record ElementaryEffects(int factor, double mu, double muStar, double sigma) {
}
