/**
 * Reading a results folder as {@code docs/results-format.md} describes it: {@code series.csv}
 * streamed into compact per-strategy arrays, and {@code manifest.json}, {@code summary.json} and
 * {@code scenario.json} read generically with Jackson. Internal to the reports module: the public
 * API is {@link dev.rapport.report.Reports}.
 */
package dev.rapport.report.results;
