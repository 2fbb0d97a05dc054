/**
 * The numerical side of planning experiments, with no model, command line or files: designs over
 * the unit hypercube [0,1]^k (a grid, a Latin hypercube, Sobol points, Morris trajectories and the
 * Saltelli design), which the experiment engine maps onto parameter ranges and runs; and the
 * estimators that turn the outputs of those runs, given back in design order, into answers:
 * one-at-a-time swings (tornado), Morris elementary effects, first-order and total Sobol indices
 * with bootstrap intervals, and PRIM boxes for scenario discovery.
 *
 * <p>Everything here is a pure function of its arguments and a seed, so the same design and
 * outputs give the same answer on any machine or cluster that computes the outputs. Methods and
 * formulas are in docs/experiments.md ("Sensitivity and discovery: the methods").
 */
package dev.rapport.experiment.analysis;
