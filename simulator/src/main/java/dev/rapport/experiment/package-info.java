/**
 * Experiments: running every strategy of a scenario over its replications in parallel, with
 * results that do not depend on the number of threads; streaming the tidy series to disk in a
 * fixed order as runs finish; summarising each metric with confidence intervals and paired
 * comparisons on common random numbers; and writing the output folder atomically. Nothing
 * finished is lost: each replication is saved as it completes, so a stopped or partly failed run
 * leaves an incomplete but valid folder that a resumed run finishes byte-identically. Built on
 * that: comparing strategies to a stated precision, adding paired replications in batches
 * ({@link dev.rapport.experiment.PrecisionComparison}).
 *
 * <p>Also the experiments built on that engine or on its folders: {@link dev.rapport.experiment.SwitchOff}
 * (every strategy as planned and with its spending stopped after a week, and what persists) and
 * {@link dev.rapport.experiment.MmmExport} (a run's weekly spend per lever and sales as a
 * marketing-mix model's input).
 */
package dev.rapport.experiment;
