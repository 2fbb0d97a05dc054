/**
 * Experiments over many points of a scenario (sweeps now; sensitivity, optimisation, calibration
 * and discovery later): one engine that runs every strategy and replication at each point.
 *
 * <p>A point is a list of {@code --set} overrides ({@link Point}); one run is a pure function of the
 * scenario, the point, the strategy and the replication ({@link RunKey}, {@link RunFunction}), so
 * whatever executes a batch of runs ({@link RunExecutor}: a local thread pool now, a cluster later)
 * cannot change the results. The {@link PointEngine} hands runs out in a fixed order, saves each
 * result as it arrives in a {@link RunStore} (memory does not grow with the number of points, and a
 * killed experiment resumes without redoing a finished run), and the files are written from the
 * store in that same order, so they are byte-identical whatever the thread count or interruptions.
 * Replication r has the same seed at every point and strategy: common random numbers. It also
 * meets the same draw of the scenario's {@code uncertain:} values as replication r of
 * {@code rapport run} ({@link ScenarioRuns}), except for a value the point sets itself.
 *
 * <p>Where the points lie comes from the designs of {@code dev.rapport.experiment.analysis} (grid,
 * Latin hypercube, Sobol points), mapped onto each parameter's range by {@link SweepPlan}.
 */
package dev.rapport.experiment.points;
