/**
 * {@code rapport calibrate}: fits chosen scenario values (any {@code --set} path) to a brand's
 * observed series, reports each with a profile-likelihood interval, flags the values the data
 * cannot pin down, and writes the calibrated scenario.
 *
 * <p>The observed data ({@link ObservedData}) are a tidy {@code week,metric,value} table whose
 * rows may cover periods longer than a week; a candidate's runs go through the experiment engine
 * ({@code dev.rapport.experiment.points}: {@link CalibrationRuns} as the run function, the
 * {@code RunStore} keeping every evaluation, so a stopped calibration resumes without redoing
 * one); {@link Loss} states what is minimised and how an interval is read off it; {@link Fit}
 * searches with CMA-ES or Nelder-Mead (Commons Math); {@link Profile} gives the intervals.
 */
package dev.rapport.experiment.calibrate;
