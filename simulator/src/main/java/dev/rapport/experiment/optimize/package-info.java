/**
 * {@code rapport optimize}: the split of a strategy's budget across levers (and periods of the
 * horizon) that maximises an objective, found by CMA-ES (Commons Math) on common random numbers.
 * Every run goes through the experiment engine ({@link dev.rapport.experiment.points.PointEngine})
 * and its resumable store; this package only chooses the points, reads their outcomes and writes
 * the optimiser's files.
 */
package dev.rapport.experiment.optimize;
