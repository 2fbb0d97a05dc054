/**
 * {@code rapport sensitivity}: which varied parameters move the objective, by one at a time
 * (tornado swings), Morris elementary effects or Sobol indices. The method's design
 * ({@code dev.rapport.experiment.analysis}) places points in the parameters' ranges, the sweep
 * engine ({@code dev.rapport.experiment.points}) runs, stores and resumes them, and the estimator
 * reads one strategy's mean objective per point back from {@code points.csv}. Internal to the tool.
 */
package dev.rapport.experiment.sensitivity;
