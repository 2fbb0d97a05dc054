/**
 * The metrics of {@code docs/results-format.md} as a report names them: labels, units for axis
 * titles, and how their values are written in tables and captions. Internal to the reports module.
 */
package dev.rapport.report.metrics;
