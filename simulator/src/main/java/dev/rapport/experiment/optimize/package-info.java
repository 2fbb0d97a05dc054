/**
 * {@code rapport optimize}: the split of a strategy's budget across levers (and periods of the
 * horizon) that maximises an objective, found by CMA-ES (Commons Math) on common random numbers.
 * Every run goes through the experiment engine ({@link dev.rapport.experiment.points.PointEngine})
 * and its resumable store; this package only chooses the points, reads their outcomes and writes
 * the optimiser's files. With {@code --robust}, a plan is scored across the replications' draws of
 * the {@code uncertain:} values ({@link dev.rapport.experiment.optimize.Robustness}).
 */
package dev.rapport.experiment.optimize;
